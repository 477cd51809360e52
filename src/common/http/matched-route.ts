import type { Request } from 'express';

/**
 * The route *pattern* Express matched (`/me/attributes/:key/verify`), never the raw URL.
 * Nest mounts middleware as a catch-all route (`/{*path}`), which Express also reports as
 * req.route when no controller route matched: that counts as no match (controllers here never
 * use wildcard routes).
 */
export function matchedRoute(req: Request): string | undefined {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string' || path.includes('{*')) return undefined;
  return `${req.baseUrl ?? ''}${path}`;
}
