import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RedisConnection } from './redis-connection';

/** The Redis connection, or null when REDIS_URL is not set (everything then stays per instance). */
export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');

/**
 * Global: one connection for everything that uses Redis — the rate limiter, the code-attempt
 * limiter, the attribute cache and the pending changes.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RedisConnection | null =>
        config.redis ? RedisConnection.fromSettings(config.redis) : null,
    },
  ],
  exports: [REDIS_CONNECTION],
})
export class RedisModule {}
