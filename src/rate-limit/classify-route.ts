import type { RateLimitBucket } from '../config/operations-config';

export interface RouteFacts {
  method: string;
  /** The matched route pattern, e.g. `/me/attributes/:key/verify`. */
  path: string;
  isPublic: boolean;
  /** From @RateLimit()/@SkipRateLimit(): a bucket, null for "never", undefined for "default". */
  declared?: RateLimitBucket | null;
}

export interface RateLimitRule {
  bucket: RateLimitBucket;
  /** Authenticated routes are counted per user, public ones per client IP. */
  keyBy: 'user' | 'ip';
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Sending a code costs an email/SMS and verifying one is a guess at a 6-digit secret.
const VERIFICATION_PATH = /\/(verification-code|verify)$/;
const SIGN_UP_PATH = /^\/sign-up(\/|$)/;

/**
 * Which bucket a request counts against, or undefined when it is not limited. Decided from the
 * route so that routes added later are covered without remembering a decorator: everything under
 * /sign-up is limited per IP, every authenticated route per user (reads loosest, then writes, then
 * verification), other public routes (health, docs, metrics, schema) not at all.
 */
export function classifyRoute(route: RouteFacts): RateLimitRule | undefined {
  const keyBy = route.isPublic ? 'ip' : 'user';
  if (route.declared === null) return undefined;
  if (route.declared) return { bucket: route.declared, keyBy };
  if (SIGN_UP_PATH.test(route.path)) return { bucket: 'sign-up', keyBy: 'ip' };
  if (route.isPublic) return undefined;
  if (VERIFICATION_PATH.test(route.path)) return { bucket: 'verify', keyBy };
  return { bucket: READ_METHODS.has(route.method.toUpperCase()) ? 'read' : 'write', keyBy };
}
