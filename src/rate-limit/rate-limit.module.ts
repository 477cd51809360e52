import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
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
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.redisUrl ? RateLimitStore.redis(config.redisUrl) : RateLimitStore.inMemory(),
    },
    RateLimitGuard,
    { provide: APP_GUARD, useExisting: RateLimitGuard },
  ],
})
export class RateLimitModule {}
