import type { FastifyInstance } from 'fastify';

/**
 * An If-Match / If-None-Match list (RFC 9110 §13.1): true when the header is `*` or lists a tag
 * equal to `etag` — by weak comparison for If-None-Match (`W/"x"` matches `"x"`, either side), by
 * exact comparison for If-Match. Pure.
 */
export function etagListMatches(header: string | undefined, etag: string, weak: boolean): boolean {
  if (header === undefined) return false;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const wanted = weak ? weakOpaque(etag) : etag;
  return trimmed.split(',').some((tag) => (weak ? weakOpaque(tag.trim()) : tag.trim()) === wanted);
}

function weakOpaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

/**
 * Conditional GET per RFC 9110 §13.2: a 200 to GET or HEAD that carries an ETag matching the
 * request's If-None-Match becomes 304 with its headers (ETag, Cache-Control) and no body. The
 * request's own Cache-Control plays no part — Node's fetch adds `no-cache` to every request with
 * If-None-Match and Chromium `max-age=0`, and Express's freshness check let those force a 200.
 * A send hook because Nest sets the route's status after interceptors have run.
 */
export function registerConditionalGet(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch === undefined || reply.statusCode !== 200) return done(null, payload);
    if (request.method !== 'GET' && request.method !== 'HEAD') return done(null, payload);
    const etag = reply.getHeader('etag');
    if (typeof etag !== 'string' || !etagListMatches(ifNoneMatch, etag, true)) {
      return done(null, payload);
    }
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    // Fastify's HEAD route measures the payload after this hook: it gets an empty one.
    done(null, request.method === 'HEAD' ? '' : null);
  });
}
