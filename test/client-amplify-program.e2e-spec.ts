// ── The program ──────────────────────────────────────────────────────────────────────────────
// A profile page and a sign-up form as written for Amplify v6. Migrating them to the BFF changed
// one line, the import (it was `from 'aws-amplify/auth'`), plus one configure call at start-up
// (where `Amplify.configure` was, see beforeAll below). Nothing else here knows about the BFF.
import {
  confirmSignUp,
  confirmUserAttribute,
  deleteUserAttributes,
  fetchUserAttributes,
  resendSignUpCode,
  sendUserAttributeVerificationCode,
  signUp,
  updateUserAttribute,
  updateUserAttributes,
  type UpdateUserAttributesOutput,
} from '@profile-bff/client';

async function loadProfile(): Promise<{ name?: string; email?: string }> {
  const attributes = await fetchUserAttributes();
  return { name: attributes.name, email: attributes.email };
}

/** Saves the form; returns the attributes that still wait for a code. */
async function saveProfile(form: Record<string, string>): Promise<string[]> {
  const output: UpdateUserAttributesOutput = await updateUserAttributes({ userAttributes: form });
  return Object.keys(output).filter(
    (key) => output[key].nextStep.updateAttributeStep === 'CONFIRM_ATTRIBUTE_WITH_CODE',
  );
}

async function changeEmail(email: string): Promise<string | undefined> {
  const { nextStep } = await updateUserAttribute({
    userAttribute: { attributeKey: 'email', value: email },
  });
  if (nextStep.updateAttributeStep !== 'CONFIRM_ATTRIBUTE_WITH_CODE') return undefined;
  const { destination } = await sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
  return destination ?? 'your new address';
}

/** The usual Amplify error handling: a message per Cognito exception name. */
async function confirmEmail(code: string): Promise<string> {
  try {
    await confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code });
    return 'Email confirmed';
  } catch (err) {
    switch ((err as Error).name) {
      case 'CodeMismatchException':
        return 'Wrong code, try again';
      case 'ExpiredCodeException':
        return 'The code expired: send a new one';
      case 'LimitExceededException':
        return 'Too many attempts, try later';
      default:
        throw err;
    }
  }
}

async function removeNickname(): Promise<void> {
  await deleteUserAttributes({ userAttributeKeys: ['nickname'] });
}

async function register(email: string, password: string, name: string): Promise<string> {
  const { isSignUpComplete, userId, nextStep } = await signUp({
    username: email,
    password,
    options: { userAttributes: { email, name } },
  });
  if (isSignUpComplete || nextStep.signUpStep !== 'CONFIRM_SIGN_UP') return `done ${userId}`;
  return `code sent to ${nextStep.codeDeliveryDetails.destination}`;
}

async function finishRegistration(email: string, code: string): Promise<boolean> {
  const { isSignUpComplete } = await confirmSignUp({ username: email, confirmationCode: code });
  return isSignUpComplete;
}

async function resend(email: string): Promise<string> {
  try {
    const { destination } = await resendSignUpCode({ username: email });
    return `sent to ${destination}`;
  } catch (err) {
    return `could not resend (${(err as Error).name})`;
  }
}
// ── End of the program ───────────────────────────────────────────────────────────────────────

import { configureProfileClient } from '@profile-bff/client';
import { randomUUID } from 'node:crypto';
import { fetchAccessToken } from '../src/local-cognito/token-client';
import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';

describe('a program written against Amplify v6 runs on the BFF after changing its import', () => {
  // Each test makes many round trips (a sign-up flow, six verification attempts).
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let t: TestApp;
  let signedIn: TestUser;
  let code: string;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({ listen: true }));
    code = emulator.info.verificationCode;
    signedIn = await emulator.createUser({ name: 'Amplify User', nickname: 'amp' });
    // Start-up, where Amplify.configure was. The token would come from Amplify's session:
    // accessToken: async () => (await fetchAuthSession()).tokens?.accessToken?.toString()
    configureProfileClient({
      baseUrl: t.url,
      accessToken: async () => signedIn.accessToken,
    });
  });
  afterAll(() => stopAll(t, emulator));

  const held = () => emulator.cognitoAttributes(signedIn.username);

  it('the profile page: load, save, change and confirm the email, remove a field', async () => {
    expect(await loadProfile()).toEqual({ name: 'Amplify User', email: (await held()).email });

    expect(await saveProfile({ name: 'Renamed', website: 'https://example.com/me' })).toEqual([]);
    expect(await held()).toMatchObject({ name: 'Renamed', website: 'https://example.com/me' });

    const newEmail = `program-${signedIn.sub}@example.com`;
    // The resend during the pending change goes to the new address, masked.
    expect(await changeEmail(newEmail)).toBe('p***@e***');
    expect(await confirmEmail('000000')).toBe('Wrong code, try again');
    expect(await confirmEmail(code)).toBe('Email confirmed');
    expect(await held()).toMatchObject({ email: newEmail, email_verified: 'true' });

    await removeNickname();
    expect(await held()).not.toHaveProperty('nickname');
    expect(await loadProfile()).toEqual({ name: 'Renamed', email: newEmail });
  });

  it('the sign-up form: register, confirm, resend', async () => {
    const email = `registered-${randomUUID()}@example.com`;
    expect(await register(email, 'Correct-Horse-7', 'New Person')).toBe('code sent to r***@e***');
    expect(await finishRegistration(email, code)).toBe(true);
    const user = await emulator.cognitoUser(email);
    expect(user?.UserStatus).toBe('CONFIRMED');
    expect(user?.UserAttributes).toEqual(
      expect.arrayContaining([{ Name: 'name', Value: 'New Person' }]),
    );
    await expect(fetchAccessToken(emulator.info, email, 'Correct-Horse-7')).resolves.toEqual(
      expect.objectContaining({ accessToken: expect.any(String) }),
    );
    // cognito-local has no ResendConfirmationCode: the program's own error path runs.
    expect(await resend(email)).toBe('could not resend (UnsupportedOperationException)');
  });
});
