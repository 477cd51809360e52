import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS_CONNECTION, RedisConnection } from '../redis';
import { AttributesCache, DisabledAttributesCache } from './attributes-cache';
import { MemoryAttributesCache } from './memory-attributes-cache';
import { RedisAttributesCache } from './redis-attributes-cache';

/** TTL 0 → disabled; REDIS_URL → shared through Redis; otherwise this instance's memory. */
export function createAttributesCache(
  config: AppConfig,
  redis: RedisConnection | null = null,
): AttributesCache {
  const { ttlMs, maxEntries } = config.attributesCache;
  if (ttlMs === 0) return new DisabledAttributesCache();
  if (redis) return new RedisAttributesCache(redis, { ttlMs });
  return new MemoryAttributesCache({ ttlMs, maxEntries });
}

/** Global so every write path (me, admin, verification) can inject the cache it must invalidate. */
@Global()
@Module({
  providers: [
    {
      provide: AttributesCache,
      inject: [APP_CONFIG, REDIS_CONNECTION],
      useFactory: createAttributesCache,
    },
  ],
  exports: [AttributesCache],
})
export class AttributesCacheModule {}
