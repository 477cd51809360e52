import { deferred } from '../../test/support/deferred';
import { Singleflight } from './singleflight';

describe('Singleflight', () => {
  it('runs the work once for concurrent callers of one key', async () => {
    const flights = new Singleflight<number>();
    const gate = deferred<number>();
    const work = jest.fn(() => gate.promise);
    const calls = Array.from({ length: 100 }, () => flights.run('k', work));
    gate.resolve(7);
    expect(await Promise.all(calls.map((c) => c.promise))).toEqual(Array(100).fill(7));
    expect(work).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.joined)).toHaveLength(99);
    expect(flights.size).toBe(0);
  });

  it('keeps keys apart and starts afresh once a flight has landed', async () => {
    const flights = new Singleflight<string>();
    const work = jest.fn((k: string) => Promise.resolve(k));
    await Promise.all([
      flights.run('a', () => work('a')).promise,
      flights.run('b', () => work('b')).promise,
    ]);
    await flights.run('a', () => work('a')).promise;
    expect(work).toHaveBeenCalledTimes(3);
  });

  it('shares a failure with the callers that joined, then forgets it', async () => {
    const flights = new Singleflight<number>();
    const gate = deferred<number>();
    const first = flights.run('k', () => gate.promise);
    const second = flights.run('k', () => Promise.resolve(1));
    gate.reject(new Error('boom'));
    await expect(first.promise).rejects.toThrow('boom');
    await expect(second.promise).rejects.toThrow('boom');
    await expect(flights.run('k', () => Promise.resolve(2)).promise).resolves.toBe(2);
  });

  it('after forget(), later callers start a new flight and the old one is no longer current', async () => {
    const flights = new Singleflight<string>();
    const gate = deferred<string>();
    let oldWasCurrent: boolean | undefined;
    const old = flights.run('k', async (isCurrent) => {
      const v = await gate.promise;
      oldWasCurrent = isCurrent();
      return v;
    });
    flights.forget('k');
    const fresh = flights.run('k', () => Promise.resolve('new'));
    expect(fresh.joined).toBe(false);
    gate.resolve('old');
    expect(await old.promise).toBe('old');
    expect(await fresh.promise).toBe('new');
    expect(oldWasCurrent).toBe(false);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const flights = new Singleflight<number>();
    const { promise } = flights.run('k', () => {
      throw new Error('sync');
    });
    await expect(promise).rejects.toThrow('sync');
    expect(flights.size).toBe(0);
  });
});
