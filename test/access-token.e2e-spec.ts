import request from 'supertest';
import { createTestApp, TestContext } from './support/create-test-app';
import {
  decodeJwtPayload,
  emulatorKey,
  signJwt,
  strangerKey,
  unsignedJwt,
} from './support/jwt-forge';

/**
 * Every way a token can be wrong gets 401 + WWW-Authenticate: Bearer error="invalid_token";
 * a good token without the self-service scope gets 403 insufficient_scope (RFC 6750).
 */
describe('access-token guard', () => {
  let t: TestContext;
  let good: string;
  let claims: Record<string, unknown>;
  const header = { alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' };

  beforeAll(async () => {
    t = await createTestApp();
    good = await t.tokenFor('demo');
    claims = decodeJwtPayload(good);
  });
  afterAll(() => t.close());

  const now = (): number => Math.floor(Date.now() / 1000);
  const withClaims = (changes: Record<string, unknown>): string =>
    signJwt(header, { ...claims, iat: now(), exp: now() + 600, ...changes }, emulatorKey());

  const expectInvalidToken = async (authorization: string | undefined): Promise<void> => {
    const req = request(t.server).get('/me/attributes');
    if (authorization !== undefined) req.set('Authorization', authorization);
    const res = await req.expect(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer .*error="invalid_token"/);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 401,
      code: 'invalid-token',
      title: expect.any(String),
    });
    expect(res.body.requestId).toEqual(expect.any(String));
  };

  it('accepts a real access token from the emulator', async () => {
    await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${good}`)
      .expect(200);
  });

  it('accepts a token re-signed with the emulator key and unchanged claims (control)', async () => {
    await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${withClaims({})}`)
      .expect(200);
  });

  it.each([
    ['missing', undefined],
    ['empty bearer', 'Bearer '],
    ['basic scheme', 'Basic ZGVtbzpkZW1v'],
    ['not a JWT', 'Bearer not-a-jwt'],
    ['garbage segments', 'Bearer aaa.bbb.ccc'],
  ])('refuses a %s Authorization header', async (_name, value) => {
    await expectInvalidToken(value);
  });

  it('refuses an expired token', async () => {
    await expectInvalidToken(`Bearer ${withClaims({ iat: now() - 7200, exp: now() - 3600 })}`);
  });

  it('refuses a tampered token (payload changed, signature kept)', async () => {
    const [h, , s] = good.split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
      'base64url',
    );
    await expectInvalidToken(`Bearer ${h}.${payload}.${s}`);
  });

  it('refuses alg:none', async () => {
    await expectInvalidToken(`Bearer ${unsignedJwt({ ...claims, exp: now() + 600 })}`);
  });

  it("refuses a token signed by the test's own key with the emulator's kid", async () => {
    const forged = signJwt(header, { ...claims, exp: now() + 600 }, strangerKey());
    await expectInvalidToken(`Bearer ${forged}`);
  });

  it('refuses an ID token', async () => {
    const { fetchAccessToken } = await import('../src/local-cognito/token-client');
    const { username, password } = t.emulator.info.users.demo;
    const { idToken } = await fetchAccessToken(t.emulator.info, username, password);
    expect(decodeJwtPayload(idToken).token_use).toBe('id');
    await expectInvalidToken(`Bearer ${idToken}`);
  });

  it('refuses token_use=id even when correctly signed', async () => {
    await expectInvalidToken(`Bearer ${withClaims({ token_use: 'id' })}`);
  });

  it('refuses a wrong issuer', async () => {
    await expectInvalidToken(`Bearer ${withClaims({ iss: 'http://127.0.0.1:1/us-east-1_Other' })}`);
  });

  it('refuses a client id outside the allowlist', async () => {
    await expectInvalidToken(`Bearer ${withClaims({ client_id: 'someotherclient' })}`);
  });

  it('refuses a token without a sub', async () => {
    await expectInvalidToken(`Bearer ${withClaims({ sub: undefined })}`);
  });

  it('answers 403 insufficient_scope when the self-service scope is missing', async () => {
    const res = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${withClaims({ scope: 'openid email' })}`)
      .expect(403);
    expect(res.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect(res.headers['www-authenticate']).toContain('scope="aws.cognito.signin.user.admin"');
    expect(res.body).toMatchObject({ status: 403, code: 'insufficient-scope' });
  });

  it('leaves public routes open', async () => {
    await request(t.server).get('/health/live').expect(200);
  });
});

describe('access-token guard in external-emulator mode (COGNITO_ENDPOINT)', () => {
  let t: TestContext;
  afterAll(() => t?.close());

  it('accepts only clients in COGNITO_CLIENT_IDS', async () => {
    t = await createTestApp({
      env: (info) => ({
        COGNITO_ENDPOINT: info.endpoint,
        COGNITO_USER_POOL_ID: info.userPoolId,
        COGNITO_CLIENT_ID: info.clientId,
        COGNITO_CLIENT_IDS: 'anotherclientid',
        AWS_REGION: info.region,
      }),
    });
    expect(t.config.cognito.mode).toBe('emulator');
    const token = await t.tokenFor('demo');
    const res = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${token}`)
      .expect(401);
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
  });
});
