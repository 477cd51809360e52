import { resolve } from 'node:path';
import { DisabledAttributesCache } from '../../cache/attributes-cache';
import { MemoryAttributesCache } from '../../cache/memory-attributes-cache';
import type { Attributes } from '../../identity-provider/identity-provider';
import { forgetIfStale } from './cache-freshness';
import { loadAttributePolicy } from '../../attribute-policy';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));
const sub = 'user-1';
const held: Attributes = { sub, email: 'a@example.com', name: 'Old', 'custom:role': 'editor' };

async function cacheHolding(attributes: Attributes): Promise<MemoryAttributesCache> {
  const cache = new MemoryAttributesCache({ ttlMs: 30_000, maxEntries: 10 });
  await cache.get(sub, () => Promise.resolve({ ...attributes }));
  return cache;
}

describe('forgetIfStale', () => {
  it('drops an entry whose /me view differs from what Cognito has just answered', async () => {
    const cache = await cacheHolding(held);
    await forgetIfStale(cache, policy, sub, { ...held, name: 'New' });
    expect(await cache.peek(sub)).toBeUndefined();
  });

  it('keeps an entry that shows /me the same (differences /me cannot see do not count)', async () => {
    const cache = await cacheHolding(held);
    await forgetIfStale(cache, policy, sub, { ...held, 'custom:role': 'admin' });
    expect(await cache.peek(sub)).toMatchObject({ name: 'Old' });
    expect(cache.stats().invalidations).toBe(0);
  });

  it('does nothing without an entry, and never fills one', async () => {
    const cache = new MemoryAttributesCache({ ttlMs: 30_000, maxEntries: 10 });
    await forgetIfStale(cache, policy, sub, held);
    expect(await cache.peek(sub)).toBeUndefined();
    await forgetIfStale(new DisabledAttributesCache(), policy, sub, held);
  });

  it('a store that refuses the invalidation does not fail the request', async () => {
    const cache = await cacheHolding(held);
    jest.spyOn(cache, 'invalidate').mockRejectedValue(new Error('store down'));
    await expect(forgetIfStale(cache, policy, sub, { ...held, name: 'New' })).resolves.toBe(
      undefined,
    );
  });
});
