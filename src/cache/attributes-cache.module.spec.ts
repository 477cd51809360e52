import { localConfig } from '../../test/support/unit-config';
import { validateEnvironment } from '../config/app-config';
import { RedisConnection } from '../redis';
import { createAttributesCache } from './attributes-cache.module';

const configFor = localConfig;

describe('attribute cache settings', () => {
  it('defaults to an in-memory cache of 30 s and 10,000 users', () => {
    const config = configFor({});
    expect(config.attributesCache).toEqual({ ttlMs: 30_000, maxEntries: 10_000 });
    expect(config.redisUrl).toBeUndefined();
    expect(createAttributesCache(config).kind).toBe('memory');
  });

  it('ATTRIBUTES_CACHE_TTL_MS=0 disables it, even with REDIS_URL', () => {
    const config = configFor({ ATTRIBUTES_CACHE_TTL_MS: '0', REDIS_URL: 'redis://127.0.0.1:1' });
    const redis = RedisConnection.fromSettings(config.redis!);
    expect(createAttributesCache(config, redis).kind).toBe('disabled');
  });

  it('REDIS_URL selects the shared Redis cache', async () => {
    const config = configFor({ REDIS_URL: 'redis://127.0.0.1:1/0' });
    expect(config.redisUrl).toBe('redis://127.0.0.1:1/0');
    // Not connected: the connection is lazy until the app starts.
    const redis = RedisConnection.fromSettings(config.redis!);
    expect(createAttributesCache(config, redis).kind).toBe('redis');
  });

  it.each([
    ['ATTRIBUTES_CACHE_TTL_MS', '-1'],
    ['ATTRIBUTES_CACHE_TTL_MS', '3600001'],
    ['ATTRIBUTES_CACHE_TTL_MS', 'soon'],
    ['ATTRIBUTES_CACHE_MAX_ENTRIES', '0'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
  ])('refuses %s=%s at start-up', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(/Invalid environment/);
  });
});
