import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
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

function configWith(clientSecret?: string): AppConfig {
  return buildAppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      COGNITO_USER_POOL_ID: 'eu-west-1_Example',
      COGNITO_CLIENT_ID: CLIENT_ID,
      COGNITO_TIMEOUT_MS: '1000',
      ...(clientSecret ? { COGNITO_CLIENT_SECRET: clientSecret } : {}),
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
