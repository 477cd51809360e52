import { RecentConfirmations, tokenKey } from './recent-confirmations';

describe('RecentConfirmations', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000));

  it('keeps a confirmation for the window, counted from when the check started', async () => {
    const confirmations = new RecentConfirmations(5_000, 10, clock);
    await confirmations.confirm('t1', async () => {
      now += 1_000; // the check itself took a second
    });
    expect(confirmations.isFresh('t1')).toBe(true);
    now = 1_000 + 4_999;
    expect(confirmations.isFresh('t1')).toBe(true);
    now = 1_000 + 5_000;
    expect(confirmations.isFresh('t1')).toBe(false);
    expect(confirmations.isFresh('t2')).toBe(false);
  });

  it('never keeps a failed check', async () => {
    const confirmations = new RecentConfirmations(5_000, 10, clock);
    await expect(
      confirmations.confirm('t1', () => Promise.reject(new Error('revoked'))),
    ).rejects.toThrow('revoked');
    expect(confirmations.isFresh('t1')).toBe(false);
    await expect(
      confirmations.recording('t1', () => Promise.reject(new Error('x'))),
    ).rejects.toThrow();
    expect(confirmations.isFresh('t1')).toBe(false);
  });

  it('confirm() checks once per window, and again once it has passed', async () => {
    const confirmations = new RecentConfirmations(5_000, 10, clock);
    const check = jest.fn(async () => undefined);
    for (let i = 0; i < 3; i++) await confirmations.confirm('t1', check);
    expect(check).toHaveBeenCalledTimes(1);
    now += 5_000;
    await confirmations.confirm('t1', check);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('shares one running check between concurrent callers of one token', async () => {
    const confirmations = new RecentConfirmations(5_000, 10, clock);
    const check = jest.fn(async () => 'ok');
    const results = await Promise.all(
      Array.from({ length: 100 }, () => confirmations.shared('t1', check)),
    );
    expect(results.every((r) => r === 'ok')).toBe(true);
    expect(check).toHaveBeenCalledTimes(1);
    await Promise.all(Array.from({ length: 10 }, () => confirmations.confirm('t2', check)));
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('with a window of 0 confirms every time', async () => {
    const confirmations = new RecentConfirmations(0, 10, clock);
    await confirmations.recording('t1', async () => undefined);
    expect(confirmations.isFresh('t1')).toBe(false);
    expect(confirmations.size).toBe(0);
  });

  it('holds at most maxEntries tokens, dropping expired and oldest first', async () => {
    const confirmations = new RecentConfirmations(5_000, 2, clock);
    for (const token of ['a', 'b', 'c']) {
      await confirmations.recording(token, async () => undefined);
      now += 1;
    }
    expect(confirmations.size).toBe(2);
    expect(confirmations.isFresh('a')).toBe(false);
    expect(confirmations.isFresh('c')).toBe(true);
  });

  it('keys by a hash of the token, never the token', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2ln';
    expect(tokenKey(token)).toMatch(/^[\w-]{43}$/);
    expect(tokenKey(token)).not.toContain('eyJ');
  });
});
