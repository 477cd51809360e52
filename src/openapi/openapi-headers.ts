import type {
  HeaderObject,
  ReferenceObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Every response header a client may read, described once. Routes pick them through the
 * route decorators (`src/common/http/routes`, `ApiProblemResponses`); `buildOpenApiDocument`
 * adds `X-Request-Id` to every response and the rate-limit pair to every limited route.
 */
export const RESPONSE_HEADERS = {
  'X-Request-Id': {
    description: 'Your X-Request-Id if it is a plain token of ≤ 128 characters, else a new one',
    required: true,
    schema: { type: 'string', maxLength: 128 },
  },
  ETag: {
    description:
      'Strong tag of the attributes the caller can see; send it in If-Match / If-None-Match',
    required: true,
    schema: { type: 'string', pattern: '^"[A-Za-z0-9_-]+"$' },
  },
  'Cache-Control': {
    description: '`no-store` on personal data; `public, max-age=300` on the attribute schema',
    required: true,
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', minimum: 0 },
  },
  'WWW-Authenticate': {
    description: 'RFC 6750: `Bearer error="invalid_token"` or `Bearer error="insufficient_scope"`',
    schema: { type: 'string' },
  },
  RateLimit: {
    description: 'What is left of the quota: `"<bucket>";r=<remaining>;t=<seconds to reset>`',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': {
    description: 'The quota: `"<bucket>";q=<requests>;w=<window seconds>`',
    schema: { type: 'string' },
  },
} satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

/** The named headers as a response's `headers` object (references to `components.headers`). */
export function responseHeaders(...names: ResponseHeaderName[]): Record<string, ReferenceObject> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}
