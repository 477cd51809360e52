import { deferred } from '../../test/support/deferred';
import { AppError } from '../common/errors/app-error';
import type { Attributes } from '../identity-provider/identity-provider';
import { DisabledAttributesCache } from './attributes-cache';
import { MemoryAttributesCache } from './memory-attributes-cache';

const attrs = (sub: string, extra: Attributes = {}): Attributes => ({ sub, ...extra });

describe('MemoryAttributesCache', () => {
  let clock: number;
  let cache: MemoryAttributesCache;
  beforeEach(() => {
    clock = 1_000_000;
    cache = new MemoryAttributesCache({ ttlMs: 30_000, maxEntries: 3, now: () => clock });
  });

  it('loads once, then answers from memory until the TTL ends', async () => {
    const load = jest.fn(async () => attrs('u1', { name: 'Ada' }));
    expect(await cache.get('u1', load)).toEqual({ sub: 'u1', name: 'Ada' });
    clock += 29_999;
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(1);
    clock += 1;
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.stats()).toMatchObject({ kind: 'memory', hits: 1, misses: 2, loads: 2 });
  });

  it('shares one load among concurrent reads of one user', async () => {
    const gate = deferred<Attributes>();
    const load = jest.fn(() => gate.promise);
    const reads = Array.from({ length: 1000 }, () => cache.get('u1', load));
    gate.resolve(attrs('u1'));
    await Promise.all(reads);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never answers one user with another user’s entry', async () => {
    await cache.get('u1', async () => attrs('u1', { name: 'One' }));
    const other = await cache.get('u2', async () => attrs('u2', { name: 'Two' }));
    expect(other).toEqual({ sub: 'u2', name: 'Two' });
  });

  it('does not store attributes whose sub differs from the key', async () => {
    const load = jest.fn(async () => attrs('someone-else'));
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('invalidate() makes the next read load again', async () => {
    const load = jest.fn(async () => attrs('u1'));
    await cache.get('u1', load);
    await cache.invalidate('u1');
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a load that raced an invalidation is neither stored nor joined by later reads', async () => {
    const before = deferred<Attributes>();
    const stale = cache.get('u1', () => before.promise);
    await cache.invalidate('u1');
    const fresh = cache.get('u1', async () => attrs('u1', { name: 'new' }));
    before.resolve(attrs('u1', { name: 'old' }));
    expect(await stale).toEqual({ sub: 'u1', name: 'old' });
    expect(await fresh).toEqual({ sub: 'u1', name: 'new' });
    expect(await cache.get('u1', async () => attrs('u1', { name: 'x' }))).toEqual({
      sub: 'u1',
      name: 'new',
    });
  });

  it('mutate() invalidates around the write, even when the write fails', async () => {
    const load = jest.fn(async () => attrs('u1'));
    await cache.get('u1', load);
    await expect(cache.mutate('u1', async () => 'done')).resolves.toBe('done');
    await cache.get('u1', load);
    await expect(
      cache.mutate('u1', () => Promise.reject(new AppError('upstream-timeout'))),
    ).rejects.toMatchObject({ code: 'upstream-timeout' });
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('a store during the write is dropped by the invalidation after it', async () => {
    const write = deferred<void>();
    const mutation = cache.mutate('u1', () => write.promise);
    await cache.get('u1', async () => attrs('u1', { name: 'before write' }));
    write.resolve();
    await mutation;
    expect(await cache.get('u1', async () => attrs('u1', { name: 'after' }))).toMatchObject({
      name: 'after',
    });
  });

  it('keeps at most maxEntries users, dropping the least recently read', async () => {
    const load = jest.fn(async () => attrs('x'));
    for (const sub of ['a', 'b', 'c']) await cache.get(sub, async () => attrs(sub));
    await cache.get('a', load); // a is now the most recently used
    await cache.get('d', async () => attrs('d'));
    expect(cache.size).toBe(3);
    const loadB = jest.fn(async () => attrs('b'));
    await cache.get('b', loadB);
    expect(loadB).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('does not cache failures; the next read tries again', async () => {
    const load = jest
      .fn<Promise<Attributes>, []>()
      .mockRejectedValueOnce(new AppError('too-many-requests'))
      .mockResolvedValueOnce(attrs('u1'));
    await expect(cache.get('u1', load)).rejects.toMatchObject({ code: 'too-many-requests' });
    await expect(cache.get('u1', load)).resolves.toEqual({ sub: 'u1' });
  });

  it('a read that joined a load rejected for its token retries with its own token', async () => {
    const gate = deferred<Attributes>();
    const revoked = jest.fn(() => gate.promise);
    const valid = jest.fn(async () => attrs('u1'));
    const first = cache.get('u1', revoked);
    const second = cache.get('u1', valid);
    gate.reject(new AppError('invalid-token'));
    await expect(first).rejects.toMatchObject({ code: 'invalid-token' });
    await expect(second).resolves.toEqual({ sub: 'u1' });
    expect(valid).toHaveBeenCalledTimes(1);
  });

  it('joined reads share other failures without calling upstream again', async () => {
    const gate = deferred<Attributes>();
    const throttled = jest.fn(() => gate.promise);
    const other = jest.fn(async () => attrs('u1'));
    const reads = [cache.get('u1', throttled), cache.get('u1', other)];
    gate.reject(new AppError('too-many-requests'));
    for (const read of reads)
      await expect(read).rejects.toMatchObject({ code: 'too-many-requests' });
    expect(other).not.toHaveBeenCalled();
  });

  it('hands out frozen entries, so no caller can change what others read', async () => {
    await cache.get('u1', async () => attrs('u1', { name: 'Ada' }));
    const cached = await cache.get('u1', async () => attrs('u1'));
    expect(Object.isFrozen(cached)).toBe(true);
  });
});

describe('DisabledAttributesCache (TTL 0)', () => {
  it('loads on every read and stores nothing', async () => {
    const cache = new DisabledAttributesCache();
    const load = jest.fn(async () => attrs('u1'));
    await Promise.all([cache.get('u1', load), cache.get('u1', load)]);
    await cache.mutate('u1', async () => undefined);
    await cache.get('u1', load);
    expect(load).toHaveBeenCalledTimes(3);
    expect(cache.stats()).toMatchObject({ kind: 'disabled', hits: 0, loads: 3 });
  });
});
