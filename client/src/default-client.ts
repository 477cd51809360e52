import { createProfileClient, ProfileClient, ProfileClientOptions } from './create-profile-client';
import { CLIENT_EXCEPTION_NAMES } from './exception-names';
import { ProfileBffError } from './profile-bff-error';

/**
 * Amplify's style: configure once at start-up (where `Amplify.configure` was), then import the
 * functions by name anywhere. The functions below use the client made by the last
 * `configureProfileClient` call; `createProfileClient` gives instances of your own instead.
 */
let configured: ProfileClient | undefined;

export function configureProfileClient(options: ProfileClientOptions): ProfileClient {
  configured = createProfileClient(options);
  return configured;
}

function current(): ProfileClient {
  if (!configured) {
    throw new ProfileBffError({
      name: CLIENT_EXCEPTION_NAMES.notConfigured,
      message: 'profile-bff client not configured: call configureProfileClient() at start-up.',
    });
  }
  return configured;
}

type Fn<K extends keyof ProfileClient> = ProfileClient[K];

export const fetchUserAttributes: Fn<'fetchUserAttributes'> = () => current().fetchUserAttributes();
export const updateUserAttributes: Fn<'updateUserAttributes'> = (input) =>
  current().updateUserAttributes(input);
export const updateUserAttribute: Fn<'updateUserAttribute'> = (input) =>
  current().updateUserAttribute(input);
export const confirmUserAttribute: Fn<'confirmUserAttribute'> = (input) =>
  current().confirmUserAttribute(input);
export const sendUserAttributeVerificationCode: Fn<'sendUserAttributeVerificationCode'> = (input) =>
  current().sendUserAttributeVerificationCode(input);
export const deleteUserAttributes: Fn<'deleteUserAttributes'> = (input) =>
  current().deleteUserAttributes(input);
export const signUp: Fn<'signUp'> = (input) => current().signUp(input);
export const confirmSignUp: Fn<'confirmSignUp'> = (input) => current().confirmSignUp(input);
export const resendSignUpCode: Fn<'resendSignUpCode'> = (input) =>
  current().resendSignUpCode(input);
