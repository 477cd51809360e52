import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { RedisConnection, RedisScript } from '../redis';
import {
  AttemptLimits,
  AttemptVerdict,
  CodeAttemptLimiter,
  DEFAULT_CODE_ATTEMPT_LIMITS,
  InMemoryCodeAttemptLimiter,
} from './code-attempt-limiter';

/**
 * One sorted set per key (score = start time): drop attempts older than the window, refuse when
 * `max` remain (answering the ms until the oldest that matters leaves the window), else add this
 * one. Atomic, so parallel guesses on any number of instances cannot slip past the limit. The
 * clock is Redis's own (TIME), so instances with skewed clocks still agree on the window.
 */
const TRY_ATTEMPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local max = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n >= max then
  local oldest = redis.call('ZRANGE', KEYS[1], n - max, n - max, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}`;

const LOCAL = 'local:';

/**
 * The code-attempt limit shared by every instance through Redis. While Redis is unreachable the
 * limit falls back to this instance's memory — never unlimited (these are guesses at a secret),
 * never unavailable.
 */
export class RedisCodeAttemptLimiter extends CodeAttemptLimiter {
  private readonly logger = new Logger('CodeAttemptLimiter');
  private readonly script: RedisScript;
  private readonly fallback: InMemoryCodeAttemptLimiter;

  constructor(
    private readonly redis: RedisConnection,
    limits: AttemptLimits = DEFAULT_CODE_ATTEMPT_LIMITS,
  ) {
    super(limits);
    this.script = redis.script(TRY_ATTEMPT, 1);
    this.fallback = new InMemoryCodeAttemptLimiter(limits);
  }

  async tryAttempt(key: string): Promise<AttemptVerdict> {
    const attemptId = randomUUID();
    let answer: unknown;
    try {
      answer = await this.script([key], [this.limits.windowMs, this.limits.maxFailures, attemptId]);
    } catch {
      this.logger.warn('Redis unreachable: code attempts counted by this instance alone');
      const verdict = await this.fallback.tryAttempt(key);
      return verdict.allowed ? { allowed: true, attemptId: LOCAL + verdict.attemptId } : verdict;
    }
    const [allowed, retryAfterMs] = answer as [number, number];
    if (allowed === 1) return { allowed: true, attemptId };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  }

  async recordSuccess(key: string): Promise<void> {
    await this.fallback.recordSuccess(key);
    await this.redis
      .run((client) => client.del(key))
      .catch(() => {
        // The code was right; a few stale attempts that expire with the window are harmless.
        this.logger.warn('Redis unreachable: code attempts not cleared after a success');
      });
  }

  async cancelAttempt(key: string, attemptId: string): Promise<void> {
    if (attemptId.startsWith(LOCAL)) {
      return this.fallback.cancelAttempt(key, attemptId.slice(LOCAL.length));
    }
    // Best effort: an attempt not handed back only expires with the window.
    await this.redis.run((client) => client.zrem(key, attemptId)).catch(() => undefined);
  }
}
