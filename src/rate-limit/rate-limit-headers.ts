import type { RateLimitBucket } from '../config/operations-config';
import type { RateLimitCount } from './rate-limit-store';

/**
 * IETF draft-ietf-httpapi-ratelimit-headers (08 and later): `RateLimit-Policy` states the quota
 * (`q` requests per `w` seconds), `RateLimit` what is left (`r`) and when it resets (`t`, seconds).
 * Both name the policy, so clients can tell the buckets apart.
 */
export function rateLimitHeaders(
  bucket: RateLimitBucket,
  limit: number,
  windowSeconds: number,
  count: RateLimitCount,
): Record<string, string> {
  const remaining = Math.max(0, limit - count.hits);
  return {
    'RateLimit-Policy': `"${bucket}";q=${limit};w=${windowSeconds}`,
    RateLimit: `"${bucket}";r=${remaining};t=${count.resetSeconds}`,
  };
}
