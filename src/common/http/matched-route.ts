import type { FastifyRequest } from 'fastify';

/**
 * The route *pattern* Fastify matched (`/me/attributes/:key/verify`), never the raw URL;
 * undefined when no route matched (the not-found handler) or for a catch-all (the CORS
 * preflight route `*`; the controllers here never use wildcards).
 */
export function matchedRoute(req: FastifyRequest): string | undefined {
  if (req.is404) return undefined;
  const url = req.routeOptions.url;
  return url === undefined || url.includes('*') ? undefined : url;
}

/** The request path without its query string. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
