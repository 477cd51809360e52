import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** One year, subdomains included; browsers then refuse plain http for this host. */
export const HSTS_HEADER_VALUE = 'max-age=31536000; includeSubDomains';

/**
 * helmet's headers for every response (@fastify/helmet, from an onRequest hook, so 404s and
 * refused bodies get them too). The CSP is the strictest Swagger UI works with: its HTML loads
 * only same-origin scripts (no inline script), but it has an inline <style> and data: images.
 * upgrade-insecure-requests is left out: every resource is same-origin anyway, and over plain
 * http in local mode it would break the page.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  void fastify.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
    // HSTS is sent below, only on HTTPS responses.
    strictTransportSecurity: false,
  });
  // Strict-Transport-Security only over HTTPS (RFC 6797 §7.2: a host must not send it over plain
  // http). `protocol` is https with our own TLS, or behind a TLS-terminating proxy that
  // TRUST_PROXY names and that sets X-Forwarded-Proto: https.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS_HEADER_VALUE);
    done();
  });
}
