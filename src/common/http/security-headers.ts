import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { HelmetOptions } from 'helmet';

/** One year, subdomains included; browsers then refuse plain http for this host. */
export const HSTS_HEADER_VALUE = 'max-age=31536000; includeSubDomains';

/**
 * The CSP is the strictest Swagger UI works with: its HTML loads only same-origin scripts (no
 * inline script), but it has an inline <style> and data: images. upgrade-insecure-requests is
 * left out: every resource is same-origin anyway, and over plain http in local mode it would break
 * the page. HSTS is sent separately, only on HTTPS responses.
 */
const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'script-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'upgrade-insecure-requests': null,
    },
  },
  strictTransportSecurity: false,
};

/**
 * helmet's headers, computed once: with these options (no nonces, no per-request directives) it
 * sets the same headers on every response, so its middleware runs once here against a recorder.
 * (@fastify/helmet builds helmet and parses the CSP again on every request, from two hooks: a
 * few per cent of a cached read's CPU.)
 */
export function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => void (headers[name] = String(value)),
    removeHeader: (name: string) => void delete headers[name],
  };
  let failure: unknown;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => void (failure = error),
  );
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}

/**
 * helmet's headers for every response, from the first onRequest hook, so 404s and refused bodies
 * get them too.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  const headers = helmetHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    // Strict-Transport-Security only over HTTPS (RFC 6797 §7.2: a host must not send it over
    // plain http). `protocol` is https with our own TLS, or behind a TLS-terminating proxy that
    // TRUST_PROXY names and that sets X-Forwarded-Proto: https.
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS_HEADER_VALUE);
    done();
  });
}
