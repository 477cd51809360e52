import type { ErrorCode } from './error-codes';

/**
 * Which problem codes each kind of route can return — the one place that says it, so the spec
 * lists for every operation exactly the errors it can give. Combine them per route with
 * `ApiProblemResponses(...ROUTE_PROBLEMS.x, ...ROUTE_PROBLEMS.y, 'extra-code')`.
 */
export const ROUTE_PROBLEMS = {
  /** Every route: an `Accept` it cannot satisfy, or a bug. */
  any: ['not-acceptable', 'internal-error'],
  /**
   * Routes that need an access token (the guard: two Authorization headers → 400; JWKS
   * unreachable → 503).
   */
  token: ['bad-request', 'invalid-token', 'insufficient-scope', 'upstream-unavailable'],
  /** Rate-limited routes (every authenticated route and /sign-up*). */
  limited: ['too-many-requests'],
  /** Routes that call Cognito: its refusals, throttling and outages. */
  upstream: [
    'forbidden',
    'too-many-requests',
    'upstream-error',
    'upstream-unavailable',
    'upstream-timeout',
  ],
  /** Routes that take a JSON body: malformed, refused fields, too large, not JSON. */
  jsonBody: ['bad-request', 'validation-failed', 'payload-too-large', 'unsupported-media-type'],
  /** Admin routes: not in the admin group; a reserved `{username}` (`__proto__`…); unknown user. */
  admin: ['forbidden', 'validation-failed', 'user-not-found'],
  /** Writes that honour If-Match. */
  conditionalWrite: ['precondition-failed'],
  /** PATCH of attributes (with a JSON body): all or nothing, every value checked. */
  attributeUpdate: [
    'attribute-not-writable',
    'alias-exists',
    'invalid-attribute-value',
    'invalid-parameter',
  ],
  /** DELETE of attributes named in `?keys=`: all deletable, or none deleted. */
  attributeDelete: ['validation-failed', 'attribute-not-deletable', 'invalid-parameter'],
} as const satisfies Record<string, readonly ErrorCode[]>;

/**
 * What every authenticated route can give, said once: 401/403 from the token, 429 from the rate
 * limit, and Cognito's refusals, throttling and outages (403, 429, 5xx).
 */
export const AUTHENTICATED_PROBLEMS = [
  ...ROUTE_PROBLEMS.any,
  ...ROUTE_PROBLEMS.token,
  ...ROUTE_PROBLEMS.limited,
  ...ROUTE_PROBLEMS.upstream,
] as const satisfies readonly ErrorCode[];
