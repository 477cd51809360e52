import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AttributesCache, DisabledAttributesCache } from './attributes-cache';
import { MemoryAttributesCache } from './memory-attributes-cache';
import { RedisAttributesCache } from './redis-attributes-cache';

/** TTL 0 → disabled; REDIS_URL → shared through Redis; otherwise this instance's memory. */
export function createAttributesCache(config: AppConfig): AttributesCache {
  const { ttlMs, maxEntries } = config.attributesCache;
  if (ttlMs === 0) return new DisabledAttributesCache();
  if (config.redisUrl) return new RedisAttributesCache({ url: config.redisUrl, ttlMs });
  return new MemoryAttributesCache({ ttlMs, maxEntries });
}

/** Global so every write path (me, admin, verification) can inject the cache it must invalidate. */
@Global()
@Module({
  providers: [
    { provide: AttributesCache, inject: [APP_CONFIG], useFactory: createAttributesCache },
  ],
  exports: [AttributesCache],
})
export class AttributesCacheModule {}
