import { LOCAL_EMULATOR } from '../../test/support/unit-config';
import { buildAppConfig, cognitoModeOf, ConfigError, validateEnvironment } from './app-config';

const local = LOCAL_EMULATOR;

describe('app config', () => {
  it('defaults to local mode and takes the emulator from the running instance', () => {
    const env = validateEnvironment({});
    expect(cognitoModeOf(env)).toBe('local');
    const config = buildAppConfig(env, local);
    expect(config.cognito).toMatchObject({
      mode: 'local',
      issuer: 'http://127.0.0.1:9339/us-east-1_ProfileBff',
      jwksUri: 'http://127.0.0.1:9339/us-east-1_ProfileBff/.well-known/jwks.json',
      clientIds: ['localclient'],
    });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.local.port).not.toBe(9229);
  });

  it('refuses local mode without a started emulator', () => {
    expect(() => buildAppConfig(validateEnvironment({}))).toThrow(ConfigError);
  });

  it('builds aws mode with the real issuer and a client allowlist', () => {
    const env = validateEnvironment({
      COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
      COGNITO_CLIENT_ID: 'web',
      COGNITO_CLIENT_IDS: 'web, mobile',
    });
    const { cognito } = buildAppConfig(env);
    expect(cognito).toMatchObject({
      mode: 'aws',
      region: 'eu-west-1',
      clientId: 'web',
      clientIds: ['web', 'mobile'],
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123',
    });
    expect(cognito.endpoint).toBeUndefined();
  });

  it('never accepts an emulator issuer in aws mode', () => {
    const env = validateEnvironment({
      COGNITO_USER_POOL_ID: 'us-east-1_AbC123',
      COGNITO_CLIENT_ID: 'web',
      COGNITO_ISSUER: 'http://127.0.0.1:9229/us-east-1_AbC123',
    });
    expect(() => buildAppConfig(env)).toThrow(/only for emulator mode/);
  });

  it('builds external-emulator mode from COGNITO_ENDPOINT, fetching JWKS from the endpoint', () => {
    const env = validateEnvironment({
      COGNITO_ENDPOINT: 'http://cognito-local:9229/',
      COGNITO_ISSUER: 'http://localhost:9229/us-east-1_X',
      COGNITO_USER_POOL_ID: 'us-east-1_X',
      COGNITO_CLIENT_ID: 'c1',
    });
    expect(buildAppConfig(env).cognito).toMatchObject({
      mode: 'emulator',
      endpoint: 'http://cognito-local:9229',
      issuer: 'http://localhost:9229/us-east-1_X',
      jwksUri: 'http://cognito-local:9229/us-east-1_X/.well-known/jwks.json',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ COGNITO_USER_POOL_ID: 'not a pool' }, /COGNITO_USER_POOL_ID/],
    [{ COGNITO_ENDPOINT: 'ftp://x' }, /COGNITO_ENDPOINT/],
    [{ LOCAL_VERIFICATION_CODE: '12' }, /LOCAL_VERIFICATION_CODE/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ TOKEN_REVOCATION_WINDOW_MS: '60000' }, /TOKEN_REVOCATION_WINDOW_MS/],
    [{ TOKEN_REVOCATION_WINDOW_MS: '5s' }, /TOKEN_REVOCATION_WINDOW_MS/],
    [
      { SELF_SERVICE_WRITES: 'iam' },
      /SELF_SERVICE_WRITES must be one of the following values: token, admin/,
    ],
  ])('rejects a bad environment %j with a message naming the setting', (raw, message) => {
    expect(() => validateEnvironment(raw)).toThrow(message);
  });

  it("sends self-service writes with the caller's token unless SELF_SERVICE_WRITES=admin", () => {
    expect(buildAppConfig(validateEnvironment({}), local).selfServiceWrites).toBe('token');
    const admin = validateEnvironment({ SELF_SERVICE_WRITES: 'admin' });
    expect(buildAppConfig(admin, local).selfServiceWrites).toBe('admin');
  });

  it('requires the client id in aws mode', () => {
    const env = validateEnvironment({ COGNITO_USER_POOL_ID: 'us-east-1_AbC123' });
    expect(() => buildAppConfig(env)).toThrow(/COGNITO_CLIENT_ID is required in aws mode/);
  });

  it('re-confirms callers with Cognito every 5 s unless TOKEN_REVOCATION_WINDOW_MS says otherwise', () => {
    expect(buildAppConfig(validateEnvironment({}), local).auth).toEqual({
      revocationWindowMs: 5000,
    });
    const env = validateEnvironment({ TOKEN_REVOCATION_WINDOW_MS: '0' });
    expect(buildAppConfig(env, local).auth.revocationWindowMs).toBe(0);
  });
});

describe('STEP_UP_MAX_AGE_SECONDS', () => {
  it('defaults to 900 seconds; 0 turns the rule off', () => {
    expect(buildAppConfig(validateEnvironment({}), local).stepUp).toEqual({ maxAgeSeconds: 900 });
    const off = validateEnvironment({ STEP_UP_MAX_AGE_SECONDS: '0' });
    expect(buildAppConfig(off, local).stepUp).toEqual({ maxAgeSeconds: 0 });
  });

  it.each(['-1', '15m', '2592001'])('refuses %s, naming the setting', (value) => {
    expect(() => validateEnvironment({ STEP_UP_MAX_AGE_SECONDS: value })).toThrow(
      /STEP_UP_MAX_AGE_SECONDS/,
    );
  });
});
