/**
 * The Cognito operations that read or write a user: what the bench's calls-per-write rows and
 * test/upstream-calls.e2e-spec.ts count (start-up and readiness describe the pool too).
 */
export const USER_OPERATIONS: ReadonlySet<string> = new Set([
  'GetUser',
  'UpdateUserAttributes',
  'DeleteUserAttributes',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
  'AdminGetUser',
  'AdminUpdateUserAttributes',
  'AdminDeleteUserAttributes',
]);
