import { Global, Module } from '@nestjs/common';
import { REDIS_CONNECTION, RedisConnection } from '../redis';
import { CodeAttemptLimiter, InMemoryCodeAttemptLimiter } from './code-attempt-limiter';
import { RedisCodeAttemptLimiter } from './redis-code-attempt-limiter';

/**
 * The limit on guesses at confirmation codes (attribute verification, sign-up confirmation):
 * shared through Redis when REDIS_URL is set, per instance otherwise. Always on, whatever
 * RATE_LIMIT_ENABLED says: it protects a secret, not capacity.
 */
@Global()
@Module({
  providers: [
    {
      provide: CodeAttemptLimiter,
      inject: [REDIS_CONNECTION],
      useFactory: (redis: RedisConnection | null): CodeAttemptLimiter =>
        redis ? new RedisCodeAttemptLimiter(redis) : new InMemoryCodeAttemptLimiter(),
    },
  ],
  exports: [CodeAttemptLimiter],
})
export class CodeAttemptLimiterModule {}
