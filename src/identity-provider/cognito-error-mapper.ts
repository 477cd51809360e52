import { AppError } from '../common/errors/app-error';
import type { ErrorCode } from '../common/errors/error-codes';

/**
 * Who is calling decides what some Cognito errors mean: NotAuthorized on a self-service call means
 * the caller's token is no good (401); on an admin or public call it is a refusal (403).
 */
export type CallerKind = 'self' | 'admin' | 'public';

const INVALID_TOKEN_HEADERS = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };

const THROTTLING: Record<string, number> = {
  TooManyRequestsException: 1,
  LimitExceededException: 60,
  TooManyFailedAttemptsException: 60,
};

const UPSTREAM_FAULTS = new Set([
  'UserLambdaValidationException',
  'UnexpectedLambdaException',
  'InvalidLambdaResponseException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidEmailRoleAccessPolicyException',
  'ResourceNotFoundException',
  'InvalidUserPoolConfigurationException',
]);

const TIMEOUTS = new Set([
  'TimeoutError',
  'AbortError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);

/** Cognito exceptions with one meaning whoever calls. */
const EXCEPTION_CODES: Readonly<Record<string, ErrorCode>> = {
  CodeMismatchException: 'code-mismatch',
  ExpiredCodeException: 'code-expired',
  AliasExistsException: 'alias-exists',
  UsernameExistsException: 'username-exists',
  InvalidPasswordException: 'invalid-password',
  InvalidParameterException: 'invalid-parameter',
  UserNotConfirmedException: 'forbidden',
  PasswordResetRequiredException: 'forbidden',
  ForbiddenException: 'forbidden',
  CodeDeliveryFailureException: 'code-delivery-failed',
  // cognito-local's answer (500, `CognitoLocal#Unsupported`) to an operation it lacks, such as
  // ResendConfirmationCode: retrying never helps, so it is not an outage (503).
  Unsupported: 'upstream-not-supported',
};

interface SdkErrorShape {
  name?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
}

/** Translates anything the SDK throws into the project's coded errors; SDK messages never pass. */
export function mapCognitoError(error: unknown, caller: CallerKind): AppError {
  if (error instanceof AppError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = e.name ?? '';
  const cause = error;
  if (name === 'NotAuthorizedException' || name === 'UserNotFoundException') {
    return notAuthorized(name, caller, cause);
  }
  const code = Object.hasOwn(EXCEPTION_CODES, name) ? EXCEPTION_CODES[name] : undefined;
  if (code) return new AppError(code, { cause });
  if (name in THROTTLING) {
    return new AppError('too-many-requests', { retryAfter: THROTTLING[name], cause });
  }
  if (UPSTREAM_FAULTS.has(name)) return new AppError('upstream-error', { cause });
  if (TIMEOUTS.has(name) || e.code === 'ETIMEDOUT') {
    return new AppError('upstream-timeout', { retryAfter: 1, cause });
  }
  const status = e.$metadata?.httpStatusCode;
  if (
    NETWORK_CODES.has(e.code ?? '') ||
    name === 'InternalErrorException' ||
    e.$fault === 'server' ||
    (status !== undefined && status >= 500)
  ) {
    return new AppError('upstream-unavailable', { retryAfter: 5, cause });
  }
  return new AppError('upstream-error', { cause });
}

function notAuthorized(name: string, caller: CallerKind, cause: unknown): AppError {
  if (caller === 'self') {
    return new AppError('invalid-token', { headers: INVALID_TOKEN_HEADERS, cause });
  }
  if (name === 'UserNotFoundException') return new AppError('user-not-found', { cause });
  return new AppError('forbidden', { cause });
}
