import { ERROR_CODE_LIST } from '../../src/common/errors/error-codes';
import { EXCEPTION_NAMES, exceptionNameForCode } from './exception-names';
import { errorFromResponse, parseRetryAfter } from './profile-bff-error';

describe('problem code → Cognito exception name', () => {
  it('maps every code the service can send', () => {
    expect(Object.keys(EXCEPTION_NAMES).sort()).toEqual([...ERROR_CODE_LIST].sort());
  });

  it.each([
    ['code-mismatch', 'CodeMismatchException'],
    ['code-expired', 'ExpiredCodeException'],
    ['too-many-requests', 'LimitExceededException'],
    ['alias-exists', 'AliasExistsException'],
    ['username-exists', 'UsernameExistsException'],
    ['invalid-parameter', 'InvalidParameterException'],
    ['invalid-attribute-value', 'InvalidParameterException'],
    ['invalid-password', 'InvalidPasswordException'],
    ['invalid-token', 'NotAuthorizedException'],
    ['attribute-not-writable', 'NotAuthorizedException'],
    ['code-delivery-failed', 'CodeDeliveryFailureException'],
    ['precondition-failed', 'PreconditionFailedException'],
  ])('%s → %s', (code, name) => {
    expect(exceptionNameForCode(code, 400)).toBe(name);
  });

  it.each([
    [401, 'NotAuthorizedException'],
    [404, 'ResourceNotFoundException'],
    [409, 'InvalidParameterException'],
    [429, 'LimitExceededException'],
    [502, 'InternalErrorException'],
  ])('an unknown code (a newer server) is named by its status %i → %s', (status, name) => {
    expect(exceptionNameForCode('some-new-code', status)).toBe(name);
    expect(exceptionNameForCode('toString', status)).toBe(name);
  });

  it('keeps the 412 answer’s current ETag', () => {
    const response = new Response(null, { status: 412, headers: { ETag: '"now"' } });
    const body = { type: 't', title: 'x', status: 412, code: 'precondition-failed' };
    expect(errorFromResponse(response, body)).toMatchObject({
      name: 'PreconditionFailedException',
      etag: '"now"',
      errors: [],
    });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Mon, 31 Dec 2029 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
