import { randomUUID } from 'node:crypto';
import { AppError } from '../common/errors/app-error';
import { subjectKey } from '../redis';

/** What a limiter answers when asked for one more attempt. */
export type AttemptVerdict =
  { allowed: true; attemptId: string } | { allowed: false; retryAfterSeconds: number };

export interface AttemptLimits {
  /** Attempts that did not succeed, per key, before further attempts are refused. */
  maxFailures: number;
  windowMs: number;
}

/** 5 wrong codes per 15 minutes per key: a 6-digit code then takes years to guess. */
export const DEFAULT_CODE_ATTEMPT_LIMITS: AttemptLimits = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
};

/** Which code is being guessed: an attribute's (per user) or a sign-up's (per username). */
export type CodeAttemptScope = 'verify' | 'sign-up-confirm';

/**
 * The limiter key of one scope and subject. Sign-up usernames are trimmed and lower-cased, so
 * `Jane@Example.com ` and `jane@example.com` share one budget (Cognito matches them alike).
 */
export function codeAttemptKey(scope: CodeAttemptScope, id: string): string {
  return scope === 'verify'
    ? subjectKey('attempts:verify', 'sub', id)
    : subjectKey('attempts:sign-up-confirm', 'username', id.trim().toLowerCase());
}

/**
 * Counts attempts at a confirmation code per key in a sliding window — one implementation for
 * attribute verification (per user) and sign-up confirmation (per username).
 *
 * An attempt is counted when it starts, not when it fails: otherwise a burst of parallel
 * requests would all pass `tryAttempt` before the first failure was recorded. A success clears
 * the history; an attempt that said nothing about the code (Cognito unavailable, nothing to
 * verify, a malformed request) is handed back.
 */
export abstract class CodeAttemptLimiter {
  constructor(protected readonly limits: AttemptLimits = DEFAULT_CODE_ATTEMPT_LIMITS) {}

  abstract tryAttempt(key: string): Promise<AttemptVerdict>;
  abstract recordSuccess(key: string): Promise<void>;
  abstract cancelAttempt(key: string, attemptId: string): Promise<void>;

  /**
   * Runs `attempt` as one guess at a code under `key`'s limit: refused with 429 and Retry-After
   * once the limit is reached (Cognito is then not asked, so even the right code is refused).
   * Only a verdict on the code (`code-mismatch`, `code-expired`) stays counted.
   */
  async guard<T>(key: string, attempt: () => Promise<T>): Promise<T> {
    const verdict = await this.tryAttempt(key);
    if (!verdict.allowed) {
      throw new AppError('too-many-requests', {
        detail: 'Too many wrong codes; wait before trying again.',
        retryAfter: verdict.retryAfterSeconds,
      });
    }
    let result: T;
    try {
      result = await attempt();
    } catch (error) {
      if (!isVerdictOnCode(error)) await this.cancelAttempt(key, verdict.attemptId);
      throw error;
    }
    await this.recordSuccess(key);
    return result;
  }
}

function isVerdictOnCode(error: unknown): boolean {
  return (
    error instanceof AppError && (error.code === 'code-mismatch' || error.code === 'code-expired')
  );
}

/** Above this many tracked keys, stale ones are swept on the next attempt. */
const SWEEP_THRESHOLD = 10_000;

interface Attempt {
  at: number;
  id: string;
}

/** One process's memory: enough for one instance; with REDIS_URL the Redis limiter is used. */
export class InMemoryCodeAttemptLimiter extends CodeAttemptLimiter {
  /** key → the attempts still inside the window, oldest first. */
  private readonly attempts = new Map<string, Attempt[]>();

  constructor(
    limits: AttemptLimits = DEFAULT_CODE_ATTEMPT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    super(limits);
  }

  tryAttempt(key: string): Promise<AttemptVerdict> {
    const now = this.now();
    if (this.attempts.size > SWEEP_THRESHOLD) this.sweep(now);
    const recent = this.recent(key, now);
    if (recent.length >= this.limits.maxFailures) {
      const freeAt = recent[recent.length - this.limits.maxFailures].at + this.limits.windowMs;
      return Promise.resolve({
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)),
      });
    }
    const attemptId = randomUUID();
    recent.push({ at: now, id: attemptId });
    this.attempts.set(key, recent);
    return Promise.resolve({ allowed: true, attemptId });
  }

  recordSuccess(key: string): Promise<void> {
    this.attempts.delete(key);
    return Promise.resolve();
  }

  cancelAttempt(key: string, attemptId: string): Promise<void> {
    const recent = (this.attempts.get(key) ?? []).filter((a) => a.id !== attemptId);
    if (recent.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, recent);
    return Promise.resolve();
  }

  private recent(key: string, now: number): Attempt[] {
    const cutoff = now - this.limits.windowMs;
    return (this.attempts.get(key) ?? []).filter((a) => a.at > cutoff);
  }

  private sweep(now: number): void {
    for (const key of [...this.attempts.keys()]) {
      const recent = this.recent(key, now);
      if (recent.length === 0) this.attempts.delete(key);
      else this.attempts.set(key, recent);
    }
  }
}
