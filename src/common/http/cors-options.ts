import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type FastifyCorsOptions = NonNullable<Parameters<NestFastifyApplication['enableCors']>[0]>;

/**
 * CORS for an explicit allowlist of origins, echoed back one at a time (with Vary: Origin), never
 * `*`. Credentials stay off: the API authenticates with the Authorization header, not cookies.
 * Undefined (CORS off) when no origin is configured.
 */
export function corsOptions(origins: string[]): FastifyCorsOptions | undefined {
  if (origins.length === 0) return undefined;
  const allowed = new Set(origins);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    // Comma-joined without spaces, as the header values were on Express.
    methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'].join(','),
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'If-Match',
      'If-None-Match',
      'X-Request-Id',
    ].join(','),
    exposedHeaders: [
      'ETag',
      'Location',
      'Retry-After',
      'RateLimit',
      'RateLimit-Policy',
      'WWW-Authenticate',
      'X-Request-Id',
    ].join(','),
    maxAge: 600,
  };
}
