import * as amplifyAuth from '@aws-amplify/auth';
import type * as Amplify from '@aws-amplify/auth';
import { createProfileClient, ProfileClient } from './create-profile-client';
import * as profileBff from './index';

/**
 * Amplify v6's functions as a browser app calls them (one argument; Amplify's other overload,
 * `(ctx, input)`, is its server-side form), with Amplify's own exported input and output types.
 */
interface AmplifyFunctions {
  fetchUserAttributes(): Promise<Amplify.FetchUserAttributesOutput>;
  updateUserAttributes(
    input: Amplify.UpdateUserAttributesInput,
  ): Promise<Amplify.UpdateUserAttributesOutput>;
  updateUserAttribute(
    input: Amplify.UpdateUserAttributeInput,
  ): Promise<Amplify.UpdateUserAttributeOutput>;
  confirmUserAttribute(input: Amplify.ConfirmUserAttributeInput): Promise<void>;
  sendUserAttributeVerificationCode(
    input: Amplify.SendUserAttributeVerificationCodeInput,
  ): Promise<Amplify.SendUserAttributeVerificationCodeOutput>;
  deleteUserAttributes(input: Amplify.DeleteUserAttributesInput): Promise<void>;
  signUp(input: Amplify.SignUpInput): Promise<Amplify.SignUpOutput>;
  confirmSignUp(input: Amplify.ConfirmSignUpInput): Promise<Amplify.ConfirmSignUpOutput>;
  resendSignUpCode(input: Amplify.ResendSignUpCodeInput): Promise<Amplify.ResendSignUpCodeOutput>;
}

/**
 * The real check is this assignment, made by `tsc` in `npm test`: every client function accepts
 * whatever Amplify's accepts, and returns something assignable to what Amplify's returns — so a
 * program written against `aws-amplify/auth` compiles against the client unchanged.
 */
const client: ProfileClient = createProfileClient({ baseUrl: 'https://bff.test' });
const asAmplify: AmplifyFunctions = client;
/** The package's top-level functions too: the import line is all that changes. */
const topLevel: AmplifyFunctions = profileBff;

const AMPLIFY_FUNCTIONS = Object.keys({
  fetchUserAttributes: 0,
  updateUserAttributes: 0,
  updateUserAttribute: 0,
  confirmUserAttribute: 0,
  sendUserAttributeVerificationCode: 0,
  deleteUserAttributes: 0,
  signUp: 0,
  confirmSignUp: 0,
  resendSignUpCode: 0,
} satisfies Record<keyof AmplifyFunctions, 0>) as (keyof AmplifyFunctions)[];

describe('Amplify v6 compatibility', () => {
  it.each(AMPLIFY_FUNCTIONS)('%s is a function of aws-amplify/auth and of the client', (name) => {
    expect(typeof amplifyAuth[name]).toBe('function');
    expect(typeof asAmplify[name]).toBe('function');
    expect(typeof topLevel[name]).toBe('function');
  });
});
