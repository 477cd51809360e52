import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** What a hash of the token is kept under; the token itself is never stored or logged. */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Tokens that Cognito accepted a moment ago, so a burst of requests costs one upstream check per
 * token per window instead of one per request. A confirmation counts from when its check
 * *started*, so a revocation that Cognito applied after that start is seen at most `windowMs`
 * later. Failed checks are never kept. Concurrent checks of one token share one upstream call.
 */
export class RecentConfirmations {
  /** key → monotonic time (ms) until which the token counts as confirmed; oldest first. */
  private readonly confirmedUntil = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    readonly windowMs: number,
    private readonly maxEntries = 100_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Whether the token was confirmed within the window. */
  isFresh(token: string): boolean {
    const key = tokenKey(token);
    const until = this.confirmedUntil.get(key);
    if (until === undefined) return false;
    if (until > this.clock()) return true;
    this.confirmedUntil.delete(key);
    return false;
  }

  /**
   * Nothing when the token was confirmed within the window; otherwise runs `check` (or joins the
   * one already running for the token) and, when it resolves, counts the token as confirmed.
   */
  async confirm(token: string, check: () => Promise<unknown>): Promise<void> {
    if (this.isFresh(token)) return;
    await this.shared(token, check);
  }

  /**
   * Runs `check` for the token — or joins the one already running for it — and, when it resolves,
   * counts the token as confirmed for the window. Its rejection reaches every caller that joined.
   */
  shared<T>(token: string, check: () => Promise<T>): Promise<T> {
    const key = tokenKey(token);
    const running = this.inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const started = this.tracked(key, check).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  /** Runs `check` on its own (no sharing) and counts the token as confirmed if it resolves. */
  recording<T>(token: string, check: () => Promise<T>): Promise<T> {
    return this.tracked(tokenKey(token), check);
  }

  get size(): number {
    return this.confirmedUntil.size;
  }

  private async tracked<T>(key: string, check: () => Promise<T>): Promise<T> {
    const until = this.clock() + this.windowMs;
    const value = await check();
    this.remember(key, until);
    return value;
  }

  private remember(key: string, until: number): void {
    const now = this.clock();
    if (until <= now) return;
    // Re-inserted at the end: the map stays (roughly) in expiry order, so pruning reads its front.
    this.confirmedUntil.delete(key);
    this.confirmedUntil.set(key, until);
    for (const [oldest, oldestUntil] of this.confirmedUntil) {
      if (oldestUntil > now && this.confirmedUntil.size <= this.maxEntries) break;
      this.confirmedUntil.delete(oldest);
    }
  }
}
