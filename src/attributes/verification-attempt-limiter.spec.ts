import { InMemoryVerificationAttemptLimiter } from './verification-attempt-limiter';

describe('InMemoryVerificationAttemptLimiter', () => {
  let now: number;
  const limiter = (): InMemoryVerificationAttemptLimiter =>
    new InMemoryVerificationAttemptLimiter({ maxFailures: 3, windowMs: 60_000 }, () => now);
  beforeEach(() => (now = 1_000_000));

  it('allows maxFailures attempts, then refuses with the seconds until the oldest expires', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: true });
      now += 10_000;
    }
    await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: true });
  });

  it('counts per key', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) await l.tryAttempt('u1');
    await expect(l.tryAttempt('u2')).resolves.toEqual({ allowed: true });
    await expect(l.tryAttempt('u1')).resolves.toMatchObject({ allowed: false });
  });

  it('forgets the history after a success', async () => {
    const l = limiter();
    for (let i = 0; i < 2; i++) await l.tryAttempt('u1');
    await l.recordSuccess('u1');
    for (let i = 0; i < 3; i++) {
      await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: true });
    }
  });

  it('hands back a cancelled attempt', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      await l.tryAttempt('u1');
      await l.cancelAttempt('u1');
    }
    await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: true });
  });

  it('refuses parallel attempts beyond the limit (counted when they start)', async () => {
    const l = limiter();
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => l.tryAttempt('u1')));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
  });

  it('never asks for less than one second', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) await l.tryAttempt('u1');
    now += 59_999;
    await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
