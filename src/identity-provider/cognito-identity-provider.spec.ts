import {
  AdminDeleteUserAttributesCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  DeleteUserAttributesCommand,
  GetUserCommand,
  NotAuthorizedException,
  UpdateUserAttributesCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { AppConfig, buildAppConfig, validateEnvironment } from '../config/app-config';
import { CognitoIdentityProvider } from './cognito-identity-provider';

const CLIENT_ID = 'profilebffclientwithsecret01';
const SECRET = 's3cr3t-client-secret-value-for-tests';
const USERNAME = 'new.user@example.com';
// Computed outside Node, so the test does not repeat the implementation:
//   printf '%s' 'new.user@example.comprofilebffclientwithsecret01' \
//     | openssl dgst -sha256 -hmac 's3cr3t-client-secret-value-for-tests' -binary | base64
const EXPECTED_SECRET_HASH = 'BrKnNPvEnHBFTzWaBvmIJQz0CzbFXBA6rS16S7KQyMs=';

function configWith(clientSecret?: string, extra: Record<string, string> = {}): AppConfig {
  return buildAppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      COGNITO_USER_POOL_ID: 'eu-west-1_Example',
      COGNITO_CLIENT_ID: CLIENT_ID,
      COGNITO_TIMEOUT_MS: '1000',
      ...(clientSecret ? { COGNITO_CLIENT_SECRET: clientSecret } : {}),
      ...extra,
    }),
  );
}

describe('CognitoIdentityProvider SECRET_HASH', () => {
  const sdk = mockClient(CognitoIdentityProviderClient);
  afterEach(() => sdk.reset());
  afterAll(() => sdk.restore());

  it('sends Base64(HMAC-SHA256(secret, username + clientId)) on SignUp, ConfirmSignUp and ResendConfirmationCode', async () => {
    sdk.on(SignUpCommand).resolves({ UserSub: 'sub', UserConfirmed: false });
    sdk.on(ConfirmSignUpCommand).resolves({});
    sdk.on(ResendConfirmationCodeCommand).resolves({});
    const idp = new CognitoIdentityProvider(configWith(SECRET));

    await idp.signUp({ username: USERNAME, password: 'Correct-Horse-7', attributes: {} });
    await idp.confirmSignUp(USERNAME, '123456');
    await idp.resendSignUpCode(USERNAME);

    const sent = [
      sdk.commandCalls(SignUpCommand)[0].args[0].input,
      sdk.commandCalls(ConfirmSignUpCommand)[0].args[0].input,
      sdk.commandCalls(ResendConfirmationCodeCommand)[0].args[0].input,
    ];
    for (const input of sent) {
      expect(input).toMatchObject({ ClientId: CLIENT_ID, SecretHash: EXPECTED_SECRET_HASH });
    }
    idp.onModuleDestroy();
  });

  it('sends no SecretHash when the app client has no secret', async () => {
    sdk.on(SignUpCommand).resolves({ UserSub: 'sub', UserConfirmed: false });
    const idp = new CognitoIdentityProvider(configWith(undefined));
    await idp.signUp({ username: USERNAME, password: 'Correct-Horse-7', attributes: {} });
    expect(sdk.commandCalls(SignUpCommand)[0].args[0].input.SecretHash).toBeUndefined();
    idp.onModuleDestroy();
  });

  it('never puts the secret itself into a request', async () => {
    sdk.on(SignUpCommand).resolves({ UserSub: 'sub', UserConfirmed: false });
    const idp = new CognitoIdentityProvider(configWith(SECRET));
    await idp.signUp({ username: USERNAME, password: 'Correct-Horse-7', attributes: {} });
    expect(JSON.stringify(sdk.commandCalls(SignUpCommand)[0].args[0].input)).not.toContain(SECRET);
    idp.onModuleDestroy();
  });
});

describe('CognitoIdentityProvider self-service writes', () => {
  // Created here, not at collection time, so it does not take over the SECRET_HASH spec's stub.
  let sdk: ReturnType<typeof mockClient>;
  beforeAll(() => {
    sdk = mockClient(CognitoIdentityProviderClient);
  });
  const TOKEN = 'caller-access-token';
  let idp: CognitoIdentityProvider;
  afterEach(() => {
    idp.onModuleDestroy();
    sdk.reset();
  });
  afterAll(() => sdk.restore());

  const sentCommands = () => sdk.calls().map((c) => c.args[0].constructor.name);

  describe('SELF_SERVICE_WRITES=token (default)', () => {
    beforeEach(() => {
      idp = new CognitoIdentityProvider(configWith());
    });

    it("sends the caller's token to UpdateUserAttributes / DeleteUserAttributes", async () => {
      sdk.on(UpdateUserAttributesCommand).resolves({ CodeDeliveryDetailsList: [] });
      sdk.on(DeleteUserAttributesCommand).resolves({});
      await idp.updateUserAttributes(TOKEN, { name: 'Ada' });
      await idp.deleteUserAttributes(TOKEN, ['nickname']);
      expect(sentCommands()).toEqual([
        'UpdateUserAttributesCommand',
        'DeleteUserAttributesCommand',
      ]);
      expect(sdk.commandCalls(UpdateUserAttributesCommand)[0].args[0].input.AccessToken).toBe(
        TOKEN,
      );
    });
  });

  describe('SELF_SERVICE_WRITES=admin', () => {
    beforeEach(() => {
      idp = new CognitoIdentityProvider(configWith(undefined, { SELF_SERVICE_WRITES: 'admin' }));
      sdk.on(GetUserCommand).resolves({ Username: 'user-123', UserAttributes: [] });
      sdk.on(AdminUpdateUserAttributesCommand).resolves({});
      sdk.on(AdminDeleteUserAttributesCommand).resolves({});
    });

    it('checks the token with GetUser, then writes for that username with the Admin API', async () => {
      const deliveries = await idp.updateUserAttributes(TOKEN, { name: 'Ada' }, { page: 'p' });
      await idp.deleteUserAttributes(TOKEN, ['nickname']);

      expect(deliveries).toEqual([]);
      expect(sentCommands()).toEqual([
        'GetUserCommand',
        'AdminUpdateUserAttributesCommand',
        'GetUserCommand',
        'AdminDeleteUserAttributesCommand',
      ]);
      expect(sdk.commandCalls(GetUserCommand)[0].args[0].input).toEqual({ AccessToken: TOKEN });
      expect(sdk.commandCalls(AdminUpdateUserAttributesCommand)[0].args[0].input).toEqual({
        UserPoolId: 'eu-west-1_Example',
        Username: 'user-123',
        UserAttributes: [{ Name: 'name', Value: 'Ada' }],
        ClientMetadata: { page: 'p' },
      });
      expect(sdk.commandCalls(AdminDeleteUserAttributesCommand)[0].args[0].input).toEqual({
        UserPoolId: 'eu-west-1_Example',
        Username: 'user-123',
        UserAttributeNames: ['nickname'],
      });
    });

    it('writes nothing when Cognito refuses the token (revoked, user gone): 401', async () => {
      sdk
        .on(GetUserCommand)
        .rejects(
          new NotAuthorizedException({ message: 'Access Token has been revoked', $metadata: {} }),
        );
      await expect(idp.updateUserAttributes(TOKEN, { name: 'Ada' })).rejects.toMatchObject({
        code: 'invalid-token',
        status: 401,
      });
      await expect(idp.deleteUserAttributes(TOKEN, ['nickname'])).rejects.toMatchObject({
        code: 'invalid-token',
      });
      expect(sentCommands()).toEqual(['GetUserCommand', 'GetUserCommand']);
    });

    it('never sends a *_verified flag with admin credentials (it would skip the code)', async () => {
      await expect(
        idp.updateUserAttributes(TOKEN, { email: 'a@example.com', email_verified: 'true' }),
      ).rejects.toMatchObject({ code: 'attribute-not-writable', status: 403 });
      await expect(
        idp.deleteUserAttributes(TOKEN, ['phone_number_verified']),
      ).rejects.toMatchObject({ code: 'attribute-not-deletable' });
      expect(sentCommands()).toEqual([]);
    });
  });
});
