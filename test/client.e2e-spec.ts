import {
  CognitoIdentityProviderClient,
  ResendConfirmationCodeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createProfileClient, ProfileBffError, ProfileClient } from '@profile-bff/client';
import { mockClient } from 'aws-sdk-client-mock';
import { randomUUID } from 'node:crypto';
import { AppError } from '../src/common/errors/app-error';
import { mapCognitoError } from '../src/identity-provider/cognito-error-mapper';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { fetchAccessToken } from '../src/local-cognito/token-client';
import { PoolSettings } from '../src/identity-provider/pool-settings';
import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';
import { codeSent, DONE } from './support/update-results';
import { maskEmail } from '../src/common/code-delivery/mask-destination';

/**
 * Every function of @profile-bff/client against the real BFF, listening on a free port, on the
 * emulator — with Node's own fetch (the client's default). Each test asserts what Cognito holds.
 */
describe('@profile-bff/client against the BFF', () => {
  // Each test makes many round trips (a sign-up flow, six verification attempts).
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let t: TestApp;
  let baseUrl: string;
  let code: string;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({ listen: true }));
    baseUrl = t.url;
    code = emulator.info.verificationCode;
  });
  afterAll(() => stopAll(t, emulator));
  afterEach(() => jest.restoreAllMocks());

  const clientFor = (user: TestUser, options: { ifUnchanged?: boolean } = {}): ProfileClient =>
    createProfileClient({ baseUrl, accessToken: async () => user.accessToken, ...options });
  const publicClient = (): ProfileClient => createProfileClient({ baseUrl });
  const held = (user: TestUser) => emulator.cognitoAttributes(user.username);

  /** An error exactly as the AWS SDK throws it, translated by the adapter's own mapper. */
  const cognitoError = (name: string): AppError =>
    mapCognitoError(Object.assign(new Error(`${name} from Cognito`), { name }), 'self');

  async function rejection(promise: Promise<unknown>): Promise<ProfileBffError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProfileBffError);
    return error as ProfileBffError;
  }

  describe('attributes', () => {
    it('fetchUserAttributes returns the readable attributes Cognito holds, and remembers the ETag', async () => {
      const user = await emulator.createUser({ name: 'Reader', 'custom:role': 'editor' });
      const client = clientFor(user);
      const attributes = await client.fetchUserAttributes();

      const cognito = await held(user);
      expect(attributes).toEqual({
        sub: cognito.sub,
        email: cognito.email,
        email_verified: 'true',
        name: 'Reader',
      });
      expect(cognito['custom:role']).toBe('editor'); // held, but admin-only: not shown
      const direct = await fetch(`${baseUrl}/me/attributes`, {
        headers: { Authorization: `Bearer ${user.accessToken}` },
      });
      expect(client.lastETag()).toBe(direct.headers.get('etag'));
    });

    it('updateUserAttributes: plain attributes at once, email after its code (Amplify’s result shape)', async () => {
      const user = await emulator.createUser({ name: 'Before' });
      const oldEmail = (await held(user)).email;
      const newEmail = `changed-${user.sub}@example.com`;
      const output = await clientFor(user).updateUserAttributes({
        userAttributes: { name: 'After', nickname: 'nick', email: newEmail },
        options: { clientMetadata: { source: 'client-e2e' } },
      });

      expect(output).toEqual({
        name: DONE,
        nickname: DONE,
        // Masked as Cognito masks it, whatever the emulator sends (it sends the address whole).
        email: codeSent('email', 'EMAIL', maskEmail(newEmail)),
      });
      expect(await held(user)).toMatchObject({ name: 'After', nickname: 'nick', email: oldEmail });
    });

    it('sendUserAttributeVerificationCode + confirmUserAttribute make the new email active', async () => {
      const user = await emulator.createUser();
      const client = clientFor(user);
      const newEmail = `verified-${user.sub}@example.com`;
      await client.updateUserAttribute({
        userAttribute: { attributeKey: 'email', value: newEmail },
      });

      const sent = await client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
      // During a pending change the BFF re-issues the update, so the code goes to the new
      // address, masked as Cognito masks it. Amplify's output shape.
      expect(sent).toEqual({
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: 'v***@e***',
      });
      await expect(
        client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code }),
      ).resolves.toBeUndefined();

      expect(await held(user)).toMatchObject({ email: newEmail, email_verified: 'true' });
      expect((await client.fetchUserAttributes()).email).toBe(newEmail);
    });

    it('updateUserAttribute returns the one result', async () => {
      const user = await emulator.createUser();
      const result = await clientFor(user).updateUserAttribute({
        userAttribute: { attributeKey: 'custom:display_name', value: 'Shown' },
      });
      expect(result).toEqual({ isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } });
      expect((await held(user))['custom:display_name']).toBe('Shown');
    });

    it('deleteUserAttributes removes the attributes', async () => {
      const user = await emulator.createUser({ nickname: 'n', website: 'https://example.com/' });
      await expect(
        clientFor(user).deleteUserAttributes({ userAttributeKeys: ['nickname', 'website'] }),
      ).resolves.toBeUndefined();
      const after = await held(user);
      expect(after).not.toHaveProperty('nickname');
      expect(after).not.toHaveProperty('website');
      expect(after.email).toBeDefined();
    });
  });

  describe('errors carry Cognito’s names and the whole problem; nothing changes', () => {
    it('NotAuthorizedException for an attribute the user may not write, naming it', async () => {
      const user = await emulator.createUser({ name: 'Kept' });
      const before = await held(user);
      const error = await rejection(
        clientFor(user).updateUserAttributes({
          userAttributes: { name: 'Changed', 'custom:role': 'admin' },
        }),
      );
      expect(error).toMatchObject({
        name: 'NotAuthorizedException',
        code: 'attribute-not-writable',
        status: 403,
        requestId: expect.any(String),
        errors: [expect.objectContaining({ attribute: 'custom:role' })],
      });
      expect(await held(user)).toEqual(before);
    });

    it('InvalidParameterException listing every invalid value', async () => {
      const user = await emulator.createUser();
      const before = await held(user);
      const error = await rejection(
        clientFor(user).updateUserAttributes({
          userAttributes: { birthdate: 'yesterday', website: 'not a url' },
        }),
      );
      expect(error).toMatchObject({
        name: 'InvalidParameterException',
        code: 'invalid-attribute-value',
        status: 422,
      });
      expect(error.errors.map((e) => e.attribute).sort()).toEqual(['birthdate', 'website']);
      expect(await held(user)).toEqual(before);
    });

    it('NotAuthorizedException when a required attribute would be deleted', async () => {
      const user = await emulator.createUser();
      const error = await rejection(
        clientFor(user).deleteUserAttributes({ userAttributeKeys: ['email'] }),
      );
      expect(error).toMatchObject({
        name: 'NotAuthorizedException',
        code: 'attribute-not-deletable',
      });
      expect((await held(user)).email).toBeDefined();
    });

    it('NotAuthorizedException for a token the BFF refuses', async () => {
      const client = createProfileClient({ baseUrl, accessToken: () => 'not-a-jwt' });
      const error = await rejection(client.fetchUserAttributes());
      expect(error).toMatchObject({
        name: 'NotAuthorizedException',
        code: 'invalid-token',
        status: 401,
      });
    });

    it('CodeMismatchException for a wrong code, then LimitExceededException with retryAfter', async () => {
      const user = await emulator.createUser();
      const client = clientFor(user);
      const oldEmail = (await held(user)).email;
      await client.updateUserAttributes({
        userAttributes: { email: `limit-${user.sub}@example.com` },
      });
      await client.sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
      const wrong = () =>
        client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '000000' });

      const first = await rejection(wrong());
      expect(first).toMatchObject({
        name: 'CodeMismatchException',
        code: 'code-mismatch',
        status: 400,
      });
      for (let i = 0; i < 4; i++) await rejection(wrong());
      const limited = await rejection(
        client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code }),
      );
      expect(limited).toMatchObject({ name: 'LimitExceededException', code: 'too-many-requests' });
      expect(limited.retryAfter).toBeGreaterThan(0);
      expect(await held(user)).toMatchObject({ email: oldEmail });
    });

    it('ExpiredCodeException and AliasExistsException (mocked: the emulator never expires codes, has no alias check)', async () => {
      const user = await emulator.createUser();
      const client = clientFor(user);
      const before = await held(user);
      const idp = t.app.get(IdentityProvider);
      jest
        .spyOn(idp, 'verifyUserAttribute')
        .mockRejectedValueOnce(cognitoError('ExpiredCodeException'));
      jest
        .spyOn(idp, 'updateUserAttributes')
        .mockRejectedValueOnce(cognitoError('AliasExistsException'));

      const taken = await rejection(
        client.updateUserAttributes({ userAttributes: { email: `x-${user.sub}@example.com` } }),
      );
      expect(taken).toMatchObject({
        name: 'AliasExistsException',
        code: 'alias-exists',
        status: 409,
      });
      const expired = await rejection(
        client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code }),
      );
      expect(expired).toMatchObject({ name: 'ExpiredCodeException', code: 'code-expired' });
      expect(await held(user)).toEqual(before);
    });
  });

  describe('optimistic concurrency (ifUnchanged)', () => {
    it('refuses a write when the attributes changed since the last read, with the current ETag', async () => {
      const user = await emulator.createUser({ name: 'Original' });
      const tabA = clientFor(user);
      const tabB = clientFor(user);
      await tabA.fetchUserAttributes();
      await tabB.updateUserAttributes({ userAttributes: { name: 'From tab B' } });

      const error = await rejection(
        tabA.updateUserAttributes({
          userAttributes: { name: 'From tab A' },
          options: { ifUnchanged: true },
        }),
      );
      expect(error).toMatchObject({
        name: 'PreconditionFailedException',
        code: 'precondition-failed',
        status: 412,
      });
      expect((await held(user)).name).toBe('From tab B');
      expect(error.etag).toBe(await tabB.fetchUserAttributes().then(() => tabB.lastETag()));

      // Read again, and the conditional writes go through, each with the ETag of the one before.
      await tabA.fetchUserAttributes();
      await tabA.updateUserAttributes({
        userAttributes: { name: 'From tab A' },
        options: { ifUnchanged: true },
      });
      await tabA.deleteUserAttributes({
        userAttributeKeys: ['name'],
        options: { ifUnchanged: true },
      });
      expect(await held(user)).not.toHaveProperty('name');
    });

    it('a client made with ifUnchanged guards deletes too', async () => {
      const user = await emulator.createUser({ nickname: 'keep' });
      const client = clientFor(user, { ifUnchanged: true });
      await client.fetchUserAttributes();
      await clientFor(user).updateUserAttributes({ userAttributes: { name: 'Elsewhere' } });
      const error = await rejection(
        client.deleteUserAttributes({ userAttributeKeys: ['nickname'] }),
      );
      expect(error.name).toBe('PreconditionFailedException');
      expect((await held(user)).nickname).toBe('keep');
    });
  });

  describe('sign-up', () => {
    const PASSWORD = 'Correct-Horse-7';
    const newUsername = () => `client-${randomUUID()}@example.com`;
    const status = async (username: string) => (await emulator.cognitoUser(username))?.UserStatus;

    it('signUp → confirmSignUp → the new user signs in and reads its attributes', async () => {
      const username = newUsername();
      const { signUp, confirmSignUp } = publicClient();
      const output = await signUp({
        username,
        password: PASSWORD,
        options: { userAttributes: { name: 'New Client', 'custom:display_name': 'newbie' } },
      });

      const cognito = await emulator.cognitoAttributes(username);
      expect(output).toEqual({
        isSignUpComplete: false,
        userId: cognito.sub,
        nextStep: {
          signUpStep: 'CONFIRM_SIGN_UP',
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: 'c***@e***',
          },
        },
      });
      expect(cognito).toMatchObject({ email: username, name: 'New Client' });
      expect(await status(username)).toBe('UNCONFIRMED');

      const wrong = await rejection(confirmSignUp({ username, confirmationCode: '000000' }));
      expect(wrong).toMatchObject({ name: 'CodeMismatchException', status: 400 });
      expect(await status(username)).toBe('UNCONFIRMED');

      await expect(confirmSignUp({ username, confirmationCode: code })).resolves.toEqual({
        isSignUpComplete: true,
        nextStep: { signUpStep: 'DONE' },
      });
      expect(await status(username)).toBe('CONFIRMED');

      const { accessToken } = await fetchAccessToken(emulator.info, username, PASSWORD);
      const mine = createProfileClient({ baseUrl, accessToken: () => accessToken });
      expect(await mine.fetchUserAttributes()).toMatchObject({
        sub: cognito.sub,
        name: 'New Client',
        'custom:display_name': 'newbie',
      });
    });

    it('UsernameExistsException for a taken username; InvalidPasswordException listing the rules', async () => {
      const username = newUsername();
      const { signUp } = publicClient();
      await signUp({ username, password: PASSWORD });
      const taken = await rejection(signUp({ username, password: PASSWORD }));
      expect(taken).toMatchObject({
        name: 'UsernameExistsException',
        code: 'username-exists',
        status: 409,
      });

      const other = newUsername();
      const weak = await rejection(signUp({ username: other, password: 'short' }));
      expect(weak).toMatchObject({ name: 'InvalidPasswordException', code: 'invalid-password' });
      expect(weak.errors.length).toBeGreaterThan(0);
      // Cognito has no such user (AdminGetUser answers UserNotFoundException).
      expect(await emulator.cognitoUser(other)).toBeUndefined();
    });

    it('resendSignUpCode: UnsupportedOperationException on the emulator (it has no ResendConfirmationCode)', async () => {
      const username = newUsername();
      const { signUp, resendSignUpCode } = publicClient();
      await signUp({ username, password: PASSWORD });
      const error = await rejection(resendSignUpCode({ username }));
      expect(error).toMatchObject({
        name: 'UnsupportedOperationException',
        code: 'upstream-not-supported',
        status: 501,
      });
      expect(await status(username)).toBe('UNCONFIRMED');
    });

    it('resendSignUpCode returns the delivery details (mocked SDK: the emulator lacks the call)', async () => {
      await t.app.get(PoolSettings).get();
      const adapter = t.app.get(IdentityProvider) as unknown as {
        client: CognitoIdentityProviderClient;
      };
      const sdk = mockClient(adapter.client);
      try {
        sdk.on(ResendConfirmationCodeCommand).resolves({
          CodeDeliveryDetails: {
            AttributeName: 'email',
            DeliveryMedium: 'EMAIL',
            Destination: 'p***@e***',
          },
        });
        const output = await publicClient().resendSignUpCode({
          username: 'pending@example.com',
          options: { clientMetadata: { source: 'client-e2e' } },
        });
        expect(output).toEqual({
          attributeName: 'email',
          deliveryMedium: 'EMAIL',
          destination: 'p***@e***',
        });
        expect(sdk.commandCalls(ResendConfirmationCodeCommand)[0].args[0].input).toMatchObject({
          Username: 'pending@example.com',
          ClientMetadata: { source: 'client-e2e' },
        });
      } finally {
        sdk.restore();
      }
    });
  });
});
