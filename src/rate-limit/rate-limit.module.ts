import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { REDIS_CONNECTION, RedisConnection } from '../redis';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimitStore } from './rate-limit-store';

/**
 * Per-user and per-IP rate limits. Import it after AuthModule: global guards run in registration
 * order, and this one needs the verified user the access-token guard attaches.
 */
@Module({
  providers: [
    {
      provide: RateLimitStore,
      inject: [REDIS_CONNECTION],
      useFactory: (redis: RedisConnection | null) =>
        redis ? RateLimitStore.redis(redis) : RateLimitStore.inMemory(),
    },
    RateLimitGuard,
    { provide: APP_GUARD, useExisting: RateLimitGuard },
  ],
})
export class RateLimitModule {}
