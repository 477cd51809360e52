/** What a limiter answers when asked for one more attempt. */
export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface AttemptLimits {
  /** Attempts that did not succeed, per key, before further attempts are refused. */
  maxFailures: number;
  windowMs: number;
}

/** 5 wrong codes per 15 minutes per user: a 6-digit code then takes years to guess. */
export const DEFAULT_VERIFICATION_ATTEMPT_LIMITS: AttemptLimits = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
};

/**
 * Counts verification-code attempts per key (the user's sub) in a sliding window.
 *
 * An attempt is counted when it starts, not when it fails: otherwise a burst of parallel
 * requests would all pass `tryAttempt` before the first failure was recorded. A success clears
 * the history; an attempt that said nothing about the code (Cognito unavailable, nothing to
 * verify) is handed back with `cancelAttempt`.
 *
 * Async throughout so a shared store (Redis) can replace the in-memory one without touching
 * callers.
 */
export abstract class VerificationAttemptLimiter {
  abstract tryAttempt(key: string): Promise<AttemptVerdict>;
  abstract recordSuccess(key: string): Promise<void>;
  abstract cancelAttempt(key: string): Promise<void>;
}

/** Above this many tracked keys, stale ones are swept on the next attempt. */
const SWEEP_THRESHOLD = 10_000;

/** One process's memory: enough for one instance; use a shared store behind several. */
export class InMemoryVerificationAttemptLimiter extends VerificationAttemptLimiter {
  /** key → start times (ms) of the attempts still inside the window, oldest first. */
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limits: AttemptLimits = DEFAULT_VERIFICATION_ATTEMPT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  tryAttempt(key: string): Promise<AttemptVerdict> {
    const now = this.now();
    if (this.attempts.size > SWEEP_THRESHOLD) this.sweep(now);
    const recent = this.recent(key, now);
    if (recent.length >= this.limits.maxFailures) {
      const freeAt = recent[recent.length - this.limits.maxFailures] + this.limits.windowMs;
      return Promise.resolve({
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)),
      });
    }
    recent.push(now);
    this.attempts.set(key, recent);
    return Promise.resolve({ allowed: true });
  }

  recordSuccess(key: string): Promise<void> {
    this.attempts.delete(key);
    return Promise.resolve();
  }

  cancelAttempt(key: string): Promise<void> {
    const recent = this.attempts.get(key);
    recent?.pop();
    if (recent && recent.length === 0) this.attempts.delete(key);
    return Promise.resolve();
  }

  private recent(key: string, now: number): number[] {
    const cutoff = now - this.limits.windowMs;
    return (this.attempts.get(key) ?? []).filter((t) => t > cutoff);
  }

  private sweep(now: number): void {
    for (const key of [...this.attempts.keys()]) {
      const recent = this.recent(key, now);
      if (recent.length === 0) this.attempts.delete(key);
      else this.attempts.set(key, recent);
    }
  }
}
