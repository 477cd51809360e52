export { createProfileClient } from './create-profile-client';
export {
  configureProfileClient,
  confirmSignUp,
  confirmUserAttribute,
  deleteUserAttributes,
  fetchUserAttributes,
  resendSignUpCode,
  sendUserAttributeVerificationCode,
  signUp,
  updateUserAttribute,
  updateUserAttributes,
} from './default-client';
export type { ProfileClient, ProfileClientOptions } from './create-profile-client';
export { isProfileBffError, ProfileBffError } from './profile-bff-error';
export type { Problem, ProblemItem, ProfileBffErrorInit } from './profile-bff-error';
export { EXCEPTION_NAMES } from './exception-names';
export type { ErrorCode, ProfileBffErrorName } from './exception-names';
export type * from './amplify-types';
