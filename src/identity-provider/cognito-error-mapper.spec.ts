import { mapCognitoError } from './cognito-error-mapper';

const sdkError = (name: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(`upstream message with secrets for ${name}`), { name, ...extra });

describe('mapCognitoError', () => {
  it.each([
    ['NotAuthorizedException', 'self', 401, 'invalid-token'],
    ['NotAuthorizedException', 'admin', 403, 'forbidden'],
    ['UserNotFoundException', 'self', 401, 'invalid-token'],
    ['UserNotFoundException', 'admin', 404, 'user-not-found'],
    ['CodeMismatchException', 'self', 400, 'code-mismatch'],
    ['ExpiredCodeException', 'self', 400, 'code-expired'],
    ['AliasExistsException', 'self', 409, 'alias-exists'],
    ['UsernameExistsException', 'public', 409, 'username-exists'],
    ['InvalidParameterException', 'self', 422, 'invalid-parameter'],
    ['InvalidPasswordException', 'public', 422, 'invalid-password'],
    ['LimitExceededException', 'self', 429, 'too-many-requests'],
    ['TooManyFailedAttemptsException', 'self', 429, 'too-many-requests'],
    ['TooManyRequestsException', 'self', 429, 'too-many-requests'],
    ['CodeDeliveryFailureException', 'self', 502, 'code-delivery-failed'],
    ['UserLambdaValidationException', 'public', 502, 'upstream-error'],
    ['InternalErrorException', 'self', 503, 'upstream-unavailable'],
    ['Unsupported', 'public', 501, 'upstream-not-supported'],
    ['TimeoutError', 'self', 504, 'upstream-timeout'],
    ['SomethingNewException', 'self', 502, 'upstream-error'],
  ] as const)('%s (%s) → %i %s', (name, caller, status, code) => {
    const mapped = mapCognitoError(sdkError(name), caller);
    expect(mapped).toMatchObject({ status, code });
    expect(mapped.detail ?? '').not.toContain('secrets');
  });

  it('sends Retry-After for throttling and outages', () => {
    expect(
      mapCognitoError(sdkError('TooManyRequestsException'), 'self').retryAfter,
    ).toBeGreaterThan(0);
    expect(mapCognitoError(sdkError('InternalErrorException'), 'self').retryAfter).toBeGreaterThan(
      0,
    );
  });

  it('adds WWW-Authenticate when a self-service token is refused upstream', () => {
    expect(mapCognitoError(sdkError('NotAuthorizedException'), 'self').headers).toEqual({
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    });
  });

  it('treats refused connections and 5xx responses as unavailable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(mapCognitoError(refused, 'self').code).toBe('upstream-unavailable');
    const fault = sdkError('Whatever', { $fault: 'server', $metadata: { httpStatusCode: 500 } });
    expect(mapCognitoError(fault, 'admin').code).toBe('upstream-unavailable');
  });

  it('keeps the SDK error as the cause, for logs only', () => {
    const original = sdkError('CodeMismatchException');
    expect(mapCognitoError(original, 'self').cause).toBe(original);
  });
});
