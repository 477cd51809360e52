import { helmetHeaders } from './security-headers';

describe('helmetHeaders', () => {
  it('is the header set helmet sends with the service’s options (CSP for Swagger UI, no HSTS)', () => {
    expect(helmetHeaders()).toEqual({
      'Content-Security-Policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
        "frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';" +
        "script-src-attr 'none';style-src 'self' https: 'unsafe-inline'",
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Origin-Agent-Cluster': '?1',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-DNS-Prefetch-Control': 'off',
      'X-Download-Options': 'noopen',
      'X-Frame-Options': 'SAMEORIGIN',
      'X-Permitted-Cross-Domain-Policies': 'none',
      'X-XSS-Protection': '0',
    });
  });

  it('fails loudly on options helmet refuses', () => {
    expect(() =>
      helmetHeaders({
        contentSecurityPolicy: { directives: { 'script-src': ["'self'", 'self'] } },
      }),
    ).toThrow();
  });
});
