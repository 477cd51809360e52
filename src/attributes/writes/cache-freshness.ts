import { Logger } from '@nestjs/common';
import type { AttributesCache } from '../../cache/attributes-cache';
import type { Attributes } from '../../identity-provider/identity-provider';
import { attributesEtag } from '../etag/attributes-etag';
import { type AttributePolicy, readableAttributes } from '../../attribute-policy';

const logger = new Logger('AttributesCache');

/**
 * Called after every upstream read of a user made outside the cache (If-Match checks, admin
 * routes, verification): if the cached entry shows /me something else than Cognito has just
 * answered — a change made at Cognito directly, by another app, the console or a Lambda — the
 * entry is dropped, so the next GET loads what this read saw. Without it a client would read a
 * stale ETag, PATCH with it, get 412 computed from fresh data, read the same stale ETag again,
 * and loop until the TTL ends; and a 304 could confirm a tag older than what the service knows.
 *
 * Compared through the /me view because that is all the cache serves. Dropping is always safe;
 * filling with `fresh` is not (a write could land between this read and the fill).
 */
export async function forgetIfStale(
  cache: AttributesCache,
  policy: AttributePolicy,
  sub: string,
  fresh: Attributes,
): Promise<void> {
  const cached = await cache.peek(sub);
  if (cached === undefined || selfEtag(policy, cached) === selfEtag(policy, fresh)) return;
  try {
    await cache.invalidate(sub);
  } catch (error) {
    // The store is unreachable, so reads go upstream anyway; the answer this read serves is fine.
    logger.warn({ err: (error as Error).message }, 'could not drop a stale cache entry');
  }
}

function selfEtag(policy: AttributePolicy, attributes: Attributes): string {
  return attributesEtag(readableAttributes(policy, attributes, 'self'));
}
