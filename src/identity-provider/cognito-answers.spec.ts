import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserAttributeVerificationCodeCommand,
  VerifiedAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { AppConfig, buildAppConfig, validateEnvironment } from '../config/app-config';
import { CognitoIdentityProvider } from './cognito-identity-provider';

// How the adapter reads Cognito's answers where the emulator's differ from Cognito's.

const POOL_ID = 'us-east-1_ProfileBff';
const CLIENT_ID = 'profilebfflocalappclient01';
const ENDPOINT = 'http://127.0.0.1:9';

const CONFIGS: Record<'aws' | 'emulator' | 'local', () => AppConfig> = {
  aws: () =>
    buildAppConfig(
      validateEnvironment({
        NODE_ENV: 'test',
        COGNITO_USER_POOL_ID: POOL_ID,
        COGNITO_CLIENT_ID: CLIENT_ID,
      }),
    ),
  emulator: () =>
    buildAppConfig(
      validateEnvironment({
        NODE_ENV: 'test',
        COGNITO_ENDPOINT: ENDPOINT,
        COGNITO_USER_POOL_ID: POOL_ID,
        COGNITO_CLIENT_ID: CLIENT_ID,
      }),
    ),
  local: () =>
    buildAppConfig(validateEnvironment({ NODE_ENV: 'test' }), {
      endpoint: ENDPOINT,
      region: 'us-east-1',
      userPoolId: POOL_ID,
      clientId: CLIENT_ID,
    }),
};

const sdk = mockClient(CognitoIdentityProviderClient);
afterEach(() => sdk.reset());
afterAll(() => sdk.restore());

async function withAdapter<T>(
  mode: keyof typeof CONFIGS,
  use: (idp: CognitoIdentityProvider) => Promise<T>,
): Promise<T> {
  const idp = new CognitoIdentityProvider(CONFIGS[mode]());
  try {
    return await use(idp);
  } finally {
    idp.onModuleDestroy();
  }
}

describe('describePool: AttributesRequireVerificationBeforeUpdate', () => {
  function reported(mode: keyof typeof CONFIGS, settings?: VerifiedAttributeType[]) {
    sdk.on(DescribeUserPoolCommand).resolves({
      UserPool: settings
        ? { UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: settings } }
        : {},
    });
    sdk.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: {} });
    return withAdapter(mode, async (idp) => {
      return (await idp.describePool()).attributesRequireVerificationBeforeUpdate;
    });
  }

  it("passes on the pool's list in every mode", async () => {
    expect(await reported('aws', ['phone_number'])).toEqual(['phone_number']);
    expect(await reported('emulator', ['phone_number'])).toEqual(['phone_number']);
  });

  it('aws mode: a pool that leaves the setting out has none', async () => {
    expect(await reported('aws')).toEqual([]);
  });

  it('local mode: the seeded pool (email only), which cognito-local leaves out', async () => {
    expect(await reported('local')).toEqual(['email']);
  });

  it('emulator mode: unknown, because cognito-local leaves the setting out', async () => {
    expect(await reported('emulator')).toBeUndefined();
  });
});

describe('code delivery details', () => {
  it('passes on only the fields Cognito gives (cognito-local answers {})', async () => {
    sdk
      .on(GetUserAttributeVerificationCodeCommand)
      .resolvesOnce({})
      .resolvesOnce({
        CodeDeliveryDetails: { DeliveryMedium: 'EMAIL' },
      });
    await withAdapter('aws', async (idp) => {
      expect(await idp.sendAttributeVerificationCode('token', 'email')).toBeUndefined();
      // Strict: a key holding undefined would hide what the caller fills in.
      expect(await idp.sendAttributeVerificationCode('token', 'email')).toStrictEqual({
        deliveryMedium: 'EMAIL',
      });
    });
  });
});
