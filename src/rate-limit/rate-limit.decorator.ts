import { SetMetadata } from '@nestjs/common';
import type { RateLimitBucket } from '../config/operations-config';

export const RATE_LIMIT_BUCKET = 'profile-bff:rateLimitBucket';

/**
 * Puts a route (or every route of a controller) in a rate-limit bucket, overriding the default
 * that the route's method and path imply (see classifyRoute). Authenticated routes are counted per
 * user (token sub), public ones per client IP.
 */
export const RateLimit = (bucket: RateLimitBucket): MethodDecorator & ClassDecorator =>
  SetMetadata(RATE_LIMIT_BUCKET, bucket);

/** Exempts a route from rate limiting (health probes, metrics scrapes). */
export const SkipRateLimit = (): MethodDecorator & ClassDecorator =>
  SetMetadata(RATE_LIMIT_BUCKET, null);
