/**
 * Every problem code the API can return, with its HTTP status and title. Clients switch on
 * `code`; it never changes meaning once published. Listed in the OpenAPI spec and docs/errors.md.
 */
export const ERROR_CODES = {
  'bad-request': { status: 400, title: 'Bad request' },
  'validation-failed': { status: 400, title: 'The request body or parameters are malformed' },
  'invalid-token': { status: 401, title: 'The access token is missing, invalid or expired' },
  'step-up-required': { status: 401, title: 'A more recent sign-in is required' },
  'insufficient-scope': { status: 403, title: 'The access token lacks the required scope' },
  forbidden: { status: 403, title: 'Not allowed' },
  'attribute-not-writable': { status: 403, title: 'Attribute not writable' },
  'attribute-not-deletable': { status: 403, title: 'Attribute not deletable' },
  'attribute-not-verifiable': { status: 403, title: 'Attribute has no verification step' },
  'not-found': { status: 404, title: 'Not found' },
  'user-not-found': { status: 404, title: 'User not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'not-acceptable': { status: 406, title: 'Not acceptable' },
  'alias-exists': { status: 409, title: 'The value is already used by another account' },
  'username-exists': { status: 409, title: 'The username is already taken' },
  'nothing-to-verify': { status: 409, title: 'The attribute has no unverified or pending value' },
  'precondition-failed': { status: 412, title: 'The resource changed since it was read' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'invalid-attribute-value': { status: 422, title: 'One or more attribute values are invalid' },
  'invalid-parameter': { status: 422, title: 'Cognito rejected a parameter' },
  'invalid-password': { status: 422, title: 'The password does not meet the policy' },
  'invalid-username': { status: 422, title: 'The username is not acceptable for this user pool' },
  'code-mismatch': { status: 400, title: 'The verification code is wrong' },
  'code-expired': { status: 400, title: 'The verification code has expired' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal error' },
  'upstream-not-supported': {
    status: 501,
    title: 'The identity provider does not support this operation',
  },
  'upstream-error': { status: 502, title: 'The identity provider failed' },
  'code-delivery-failed': { status: 502, title: 'The verification code could not be delivered' },
  'upstream-unavailable': { status: 503, title: 'The identity provider is unavailable' },
  'upstream-timeout': { status: 504, title: 'The identity provider did not answer in time' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

/** Stable URI for each problem type (RFC 9457 `type`). */
export function problemTypeUri(code: ErrorCode): string {
  return `https://profile-bff.dev/problems/${code}`;
}
