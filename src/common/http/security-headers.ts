import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** One year; browsers then refuse plain http for this host. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * helmet's headers for every response. The CSP is the strictest Swagger UI works with: its HTML
 * loads only same-origin scripts (no inline script), but it has an inline <style> and data: images.
 * upgrade-insecure-requests is left out: every resource is same-origin anyway, and over plain
 * http in local mode it would break the page.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
    // HSTS is sent by hstsWhenSecure(), only on HTTPS responses.
    strictTransportSecurity: false,
  });
}

/**
 * Strict-Transport-Security only over HTTPS (RFC 6797 §7.2: a host must not send it over plain
 * http). `req.secure` is true with our own TLS, or behind a TLS-terminating proxy that
 * TRUST_PROXY names and that sets X-Forwarded-Proto: https.
 */
export function hstsWhenSecure(): RequestHandler {
  const hsts = helmet.strictTransportSecurity({
    maxAge: HSTS_MAX_AGE_SECONDS,
    includeSubDomains: true,
  });
  return (req: Request, res: Response, next: NextFunction) =>
    req.secure ? hsts(req, res, next) : next();
}
