import { AppError } from '../common/errors/app-error';
import { codeAttemptKey, InMemoryCodeAttemptLimiter } from './code-attempt-limiter';

const ALLOWED = { allowed: true, attemptId: expect.any(String) };

describe('InMemoryCodeAttemptLimiter', () => {
  let now: number;
  const limiter = (): InMemoryCodeAttemptLimiter =>
    new InMemoryCodeAttemptLimiter({ maxFailures: 3, windowMs: 60_000 }, () => now);
  beforeEach(() => (now = 1_000_000));

  it('allows maxFailures attempts, then refuses with the seconds until the oldest expires', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      await expect(l.tryAttempt('u1')).resolves.toEqual(ALLOWED);
      now += 10_000;
    }
    await expect(l.tryAttempt('u1')).resolves.toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 30_000;
    await expect(l.tryAttempt('u1')).resolves.toEqual(ALLOWED);
  });

  it('counts per key', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) await l.tryAttempt('u1');
    await expect(l.tryAttempt('u2')).resolves.toEqual(ALLOWED);
    await expect(l.tryAttempt('u1')).resolves.toMatchObject({ allowed: false });
  });

  it('forgets the history after a success', async () => {
    const l = limiter();
    for (let i = 0; i < 2; i++) await l.tryAttempt('u1');
    await l.recordSuccess('u1');
    for (let i = 0; i < 3; i++) {
      await expect(l.tryAttempt('u1')).resolves.toEqual(ALLOWED);
    }
  });

  it('hands back a cancelled attempt', async () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      const verdict = await l.tryAttempt('u1');
      if (verdict.allowed) await l.cancelAttempt('u1', verdict.attemptId);
    }
    await expect(l.tryAttempt('u1')).resolves.toEqual(ALLOWED);
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

  it('hands back exactly the cancelled attempt, not a parallel one', async () => {
    const l = limiter();
    const first = await l.tryAttempt('u1');
    now += 10_000;
    await l.tryAttempt('u1');
    await l.tryAttempt('u1');
    if (first.allowed) await l.cancelAttempt('u1', first.attemptId);
    now += 50_001; // the two later attempts are still inside the window
    await expect(l.tryAttempt('u1')).resolves.toEqual(ALLOWED);
    await expect(l.tryAttempt('u1')).resolves.toMatchObject({ allowed: false });
  });

  describe('guard()', () => {
    const wrong = () => Promise.reject(new AppError('code-mismatch'));

    it('counts wrong codes, then refuses with 429 and Retry-After without asking', async () => {
      const l = limiter();
      for (let i = 0; i < 3; i++) await expect(l.guard('u1', wrong)).rejects.toThrow();
      const right = jest.fn(() => Promise.resolve('ok'));
      await expect(l.guard('u1', right)).rejects.toMatchObject({
        code: 'too-many-requests',
        retryAfter: 60,
      });
      expect(right).not.toHaveBeenCalled();
    });

    it('does not count what says nothing about the code, and clears on success', async () => {
      const l = limiter();
      const outage = () => Promise.reject(new AppError('upstream-unavailable'));
      for (let i = 0; i < 5; i++) await expect(l.guard('u1', outage)).rejects.toThrow();
      await expect(l.guard('u1', wrong)).rejects.toThrow();
      await expect(l.guard('u1', () => Promise.resolve('ok'))).resolves.toBe('ok');
      for (let i = 0; i < 3; i++) await expect(l.guard('u1', wrong)).rejects.toThrow();
    });
  });
});

describe('codeAttemptKey', () => {
  it('normalises sign-up usernames: trimmed, lower-cased', () => {
    expect(codeAttemptKey('sign-up-confirm', ' Jane@Example.COM ')).toBe(
      codeAttemptKey('sign-up-confirm', 'jane@example.com'),
    );
  });

  it('keeps scopes apart and shares the user hash tag with their other keys', () => {
    const sub = 'b6f0e1d2-0000-4000-8000-000000000002';
    expect(codeAttemptKey('verify', sub)).not.toBe(codeAttemptKey('sign-up-confirm', sub));
    expect(codeAttemptKey('verify', sub)).toMatch(/^profile-bff:attempts:verify:\{[\w-]{43}\}$/);
    expect(codeAttemptKey('verify', sub)).not.toContain(sub);
  });
});
