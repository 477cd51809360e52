import type { components } from './generated/openapi';

/** Every problem `code` the BFF can return (from the OpenAPI spec). */
export type ErrorCode = components['schemas']['ErrorCode'];

/**
 * Problem `code` → the Cognito exception name an Amplify app already switches on (`err.name`).
 * Where Cognito has no such error (a stale ETag), the name is ours, in the same style.
 * `satisfies` makes a code added to the spec a compile error here until it is mapped.
 */
export const EXCEPTION_NAMES = {
  'bad-request': 'InvalidParameterException',
  'validation-failed': 'InvalidParameterException',
  'invalid-token': 'NotAuthorizedException',
  // No Cognito equivalent: the sign-in is too old for an email / phone change; sign in again.
  'step-up-required': 'StepUpRequiredException',
  'insufficient-scope': 'NotAuthorizedException',
  forbidden: 'NotAuthorizedException',
  // Cognito answers a write to an attribute the app client may not write with NotAuthorized.
  'attribute-not-writable': 'NotAuthorizedException',
  'attribute-not-deletable': 'NotAuthorizedException',
  'attribute-not-verifiable': 'InvalidParameterException',
  'not-found': 'ResourceNotFoundException',
  'user-not-found': 'UserNotFoundException',
  'method-not-allowed': 'InvalidParameterException',
  'not-acceptable': 'InvalidParameterException',
  'alias-exists': 'AliasExistsException',
  'username-exists': 'UsernameExistsException',
  'nothing-to-verify': 'InvalidParameterException',
  'precondition-failed': 'PreconditionFailedException',
  'payload-too-large': 'InvalidParameterException',
  'unsupported-media-type': 'InvalidParameterException',
  'invalid-attribute-value': 'InvalidParameterException',
  'invalid-parameter': 'InvalidParameterException',
  'invalid-password': 'InvalidPasswordException',
  'invalid-username': 'InvalidParameterException',
  'code-mismatch': 'CodeMismatchException',
  'code-expired': 'ExpiredCodeException',
  'too-many-requests': 'LimitExceededException',
  'internal-error': 'InternalErrorException',
  'upstream-not-supported': 'UnsupportedOperationException',
  'upstream-error': 'InternalErrorException',
  'code-delivery-failed': 'CodeDeliveryFailureException',
  'upstream-unavailable': 'InternalErrorException',
  'upstream-timeout': 'InternalErrorException',
} as const satisfies Record<ErrorCode, string>;

/** Names of errors raised by the client itself, before or instead of an HTTP answer (Amplify's). */
export const CLIENT_EXCEPTION_NAMES = {
  /** fetch itself failed (offline, DNS, CORS, aborted). Amplify: `NetworkError`. */
  network: 'NetworkError',
  /** No access token (the provider returned nothing or threw). Amplify's name for "not signed in". */
  unauthenticated: 'UserUnAuthenticatedException',
  /** An answer that is neither the documented body nor a problem (e.g. a proxy's error page). */
  unknown: 'UnknownError',
  /** `signUp({ options: { autoSignIn } })`: the BFF issues no tokens. */
  autoSignIn: 'AutoSignInException',
  /** A top-level function called before `configureProfileClient` (Amplify: Auth not configured). */
  notConfigured: 'AuthUserPoolException',
} as const;

/** Amplify's own input checks (its `AuthValidationErrorCode` values), raised before any request. */
export const VALIDATION_NAMES = {
  emptySignUpUsername: 'EmptySignUpUsername',
  emptySignUpPassword: 'EmptySignUpPassword',
  emptyConfirmSignUpUsername: 'EmptyConfirmSignUpUsername',
  emptyConfirmSignUpCode: 'EmptyConfirmSignUpCode',
  // Sic: Amplify's value has a lower-case "r".
  emptyResendSignUpCodeUsername: 'EmptyresendSignUpCodeUsername',
  emptyConfirmUserAttributeCode: 'EmptyConfirmUserAttributeCode',
} as const;

type ValueOf<T> = T[keyof T];

export type ProfileBffErrorName =
  | ValueOf<typeof EXCEPTION_NAMES>
  | ValueOf<typeof CLIENT_EXCEPTION_NAMES>
  | ValueOf<typeof VALIDATION_NAMES>;

/** For an answer without a known problem code (a newer server, or not the BFF at all). */
export function exceptionNameForStatus(status: number): ProfileBffErrorName {
  if (status === 401 || status === 403) return 'NotAuthorizedException';
  if (status === 404) return 'ResourceNotFoundException';
  if (status === 412) return 'PreconditionFailedException';
  if (status === 429) return 'LimitExceededException';
  if (status >= 500) return 'InternalErrorException';
  if (status >= 400) return 'InvalidParameterException';
  return 'UnknownError';
}

export function exceptionNameForCode(code: string, status: number): ProfileBffErrorName {
  return Object.prototype.hasOwnProperty.call(EXCEPTION_NAMES, code)
    ? EXCEPTION_NAMES[code as ErrorCode]
    : exceptionNameForStatus(status);
}
