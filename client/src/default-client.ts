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

// async, so that "not configured" is a rejection like every other error, never a throw.

export const fetchUserAttributes: Fn<'fetchUserAttributes'> = async () =>
  current().fetchUserAttributes();
export const updateUserAttributes: Fn<'updateUserAttributes'> = async (input) =>
  current().updateUserAttributes(input);
export const updateUserAttribute: Fn<'updateUserAttribute'> = async (input) =>
  current().updateUserAttribute(input);
export const confirmUserAttribute: Fn<'confirmUserAttribute'> = async (input) =>
  current().confirmUserAttribute(input);
export const sendUserAttributeVerificationCode: Fn<'sendUserAttributeVerificationCode'> = async (
  input,
) => current().sendUserAttributeVerificationCode(input);
export const deleteUserAttributes: Fn<'deleteUserAttributes'> = async (input) =>
  current().deleteUserAttributes(input);
export const signUp: Fn<'signUp'> = async (input) => current().signUp(input);
export const confirmSignUp: Fn<'confirmSignUp'> = async (input) => current().confirmSignUp(input);
export const resendSignUpCode: Fn<'resendSignUpCode'> = async (input) =>
  current().resendSignUpCode(input);
