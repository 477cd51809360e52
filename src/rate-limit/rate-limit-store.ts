import { OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { RedisConnection } from '../redis';
import { RedisThrottlerStorage } from './redis-throttler-storage';

export interface RateLimitCount {
  /** Requests counted in the current window, this one included. */
  hits: number;
  blocked: boolean;
  /** Seconds until the window (or the block) ends. */
  resetSeconds: number;
}

/**
 * The counter behind the rate limiter: @nestjs/throttler's in-memory storage for one instance, or
 * its Redis storage (an atomic Lua INCR/PEXPIRE) on the shared connection so several instances
 * share one limit. With Redis unreachable `increment` rejects at once and nothing is queued: the
 * guard lets the request through, and it is never charged later.
 */
export class RateLimitStore implements OnApplicationShutdown {
  private constructor(private readonly storage: ThrottlerStorage) {}

  static inMemory(): RateLimitStore {
    return new RateLimitStore(new ThrottlerStorageService());
  }

  static redis(connection: RedisConnection): RateLimitStore {
    return new RateLimitStore(new RedisThrottlerStorage(connection));
  }

  async increment(
    key: string,
    bucket: string,
    limit: number,
    windowMs: number,
  ): Promise<RateLimitCount> {
    // blockDuration = window: once over the limit, the caller waits for the window to end.
    const record = await this.storage.increment(key, windowMs, limit, windowMs, bucket);
    return {
      hits: record.totalHits,
      blocked: record.isBlocked,
      resetSeconds: Math.max(1, record.isBlocked ? record.timeToBlockExpire : record.timeToExpire),
    };
  }

  /** Stops the in-memory storage's sweep timer; the Redis connection is closed by its module. */
  onApplicationShutdown(): void {
    (this.storage as Partial<OnApplicationShutdown>).onApplicationShutdown?.();
  }
}
