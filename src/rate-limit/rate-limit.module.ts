import { Module } from '@nestjs/common';
import { REDIS_CONNECTION, RedisConnection } from '../redis';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimitStore } from './rate-limit-store';

/**
 * Per-user and per-IP rate limits. Its guard needs the verified user the access-token guard
 * attaches: src/app.module.ts registers both as global guards, in that order.
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
  ],
  exports: [RateLimitGuard],
})
export class RateLimitModule {}
