import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import Redis from 'ioredis';

export interface RateLimitCount {
  /** Requests counted in the current window, this one included. */
  hits: number;
  blocked: boolean;
  /** Seconds until the window (or the block) ends. */
  resetSeconds: number;
}

/**
 * The counter behind the rate limiter: @nestjs/throttler's in-memory storage for one instance, or
 * its Redis storage (an atomic Lua INCR/PEXPIRE) so several instances share one limit.
 */
export class RateLimitStore implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimitStore');

  private constructor(
    private readonly storage: ThrottlerStorage,
    private readonly redis?: Redis,
  ) {}

  static inMemory(): RateLimitStore {
    return new RateLimitStore(new ThrottlerStorageService());
  }

  static redis(url: string): RateLimitStore {
    // Fail fast instead of queueing: a slow or absent Redis must not hold requests (the guard then
    // lets the request through and counts a store error).
    const redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
      enableOfflineQueue: false,
      // On shutdown, don't wait 2 s for a stream that is already gone.
      disconnectTimeout: 200,
    });
    const store = new RateLimitStore(new ThrottlerStorageRedisService(redis), redis);
    let lastWarning = 0;
    redis.on('error', (error: Error) => {
      if (Date.now() - lastWarning < 10_000) return;
      lastWarning = Date.now();
      store.logger.warn(
        { err: { name: error.name, code: (error as { code?: string }).code } },
        'Redis unavailable',
      );
    });
    return store;
  }

  /** Waits (briefly) for Redis, so the first requests are counted too; never blocks start-up. */
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 3000);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!ready)
      this.logger.warn('Redis not reachable yet; rate limits are not enforced until it is');
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

  onApplicationShutdown(): void {
    (this.storage as Partial<OnApplicationShutdown>).onApplicationShutdown?.();
    // disconnect(), not quit(): it also cancels a pending reconnect when Redis is already gone.
    this.redis?.disconnect();
  }
}
