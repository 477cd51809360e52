import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureError,
  JwtParseError,
} from 'aws-jwt-verify/error';
import { connect } from 'node:net';
import request from 'supertest';
import { AccessTokenVerifier } from '../src/auth/access-token-verifier';
import { TokenLifetimeError } from '../src/auth/token-lifetime';
import { Emulator, startEmulator } from './support/emulator';
import { createTestApp, TestApp } from './support/test-app';
import {
  decodeJwtPayload,
  emulatorKey,
  signJwt,
  strangerKey,
  unsignedJwt,
} from './support/jwt-forge';

type ErrorClass = new (...args: never[]) => Error;

// Starting an emulator and the app takes seconds on a loaded machine.
jest.setTimeout(30_000);

/**
 * Every way a token can be wrong gets 401 + WWW-Authenticate: Bearer error="invalid_token";
 * a good token without the self-service scope gets 403 insufficient_scope (RFC 6750). Each
 * refusal also pins the check that refused it (the verifier's error class), so a check that is
 * removed cannot hide behind another one.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.stop());

describe('access-token guard', () => {
  let t: TestApp;
  let good: string;
  let claims: Record<string, unknown>;
  const header = { alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' };

  beforeAll(async () => {
    // Listening: some requests here are written byte by byte on a socket of their own.
    t = await createTestApp(emulator, { listen: true });
    good = await emulator.tokenFor('demo');
    claims = decodeJwtPayload(good);
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  const now = (): number => Math.floor(Date.now() / 1000);
  const withClaims = (changes: Record<string, unknown>): string =>
    signJwt(header, { ...claims, iat: now(), exp: now() + 600, ...changes }, emulatorKey());

  /**
   * 401 invalid_token. `refusedBy`: the verifier error class (and TokenLifetimeError reason) that
   * refused it; 'header' when the token never reached the verifier; 'guard' when the verifier
   * accepted it and the guard refused it.
   */
  const expectInvalidToken = async (
    authorization: string | undefined,
    refusedBy: ErrorClass | 'header' | 'guard',
    reason?: string,
  ): Promise<void> => {
    const verify = jest.spyOn(t.app.get(AccessTokenVerifier), 'verify');
    const req = request(t.server).get('/me/attributes');
    if (authorization !== undefined) req.set('Authorization', authorization);
    const res = await req.expect(401);
    if (refusedBy === 'header') {
      expect(verify).not.toHaveBeenCalled();
    } else {
      expect(verify).toHaveBeenCalledTimes(1);
      const outcome = verify.mock.results[0].value as Promise<unknown>;
      if (refusedBy === 'guard') {
        await expect(outcome).resolves.toBeTruthy();
      } else {
        const error = await outcome.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(refusedBy);
        if (reason) expect(error).toMatchObject({ reason });
      }
    }
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

  it.each<[string, string | undefined, ErrorClass | 'header']>([
    ['missing', undefined, 'header'],
    ['empty bearer', 'Bearer ', 'header'],
    ['basic scheme', 'Basic ZGVtbzpkZW1v', 'header'],
    ['not a JWT', 'Bearer not-a-jwt', 'header'],
    ['garbage segments', 'Bearer aaa.bbb.ccc', JwtParseError],
  ])('refuses a %s Authorization header', async (_name, value, refusedBy) => {
    await expectInvalidToken(value, refusedBy);
  });

  it('refuses an expired token', async () => {
    await expectInvalidToken(
      `Bearer ${withClaims({ iat: now() - 7200, exp: now() - 3600 })}`,
      JwtExpiredError,
    );
  });

  it('refuses a token without exp', async () => {
    await expectInvalidToken(
      `Bearer ${withClaims({ exp: undefined })}`,
      TokenLifetimeError,
      'exp-missing',
    );
  });

  it('refuses a token issued in the future, beyond the clock tolerance', async () => {
    await expectInvalidToken(
      `Bearer ${withClaims({ iat: now() + 120, exp: now() + 900 })}`,
      TokenLifetimeError,
      'iat-in-future',
    );
  });

  it('refuses a token living longer than Cognito issues (exp − iat > 24 h)', async () => {
    await expectInvalidToken(
      `Bearer ${withClaims({ iat: now() - 60, exp: now() - 60 + 24 * 3600 + 1 })}`,
      TokenLifetimeError,
      'too-long-lived',
    );
  });

  it('refuses a tampered token (payload changed, signature kept)', async () => {
    const [h, , s] = good.split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
      'base64url',
    );
    await expectInvalidToken(`Bearer ${h}.${payload}.${s}`, JwtInvalidSignatureError);
  });

  it('refuses alg:none', async () => {
    await expectInvalidToken(
      `Bearer ${unsignedJwt({ ...claims, exp: now() + 600 })}`,
      JwtParseError,
    );
  });

  it("refuses a token signed by the test's own key with the emulator's kid", async () => {
    const forged = signJwt(header, { ...claims, exp: now() + 600 }, strangerKey());
    await expectInvalidToken(`Bearer ${forged}`, JwtInvalidSignatureError);
  });

  it('refuses an ID token', async () => {
    const { fetchAccessToken } = await import('../src/local-cognito/token-client');
    const { username, password } = emulator.info.users.demo;
    const { idToken } = await fetchAccessToken(emulator.info, username, password);
    expect(decodeJwtPayload(idToken)).toMatchObject({
      token_use: 'id',
      aud: emulator.info.clientId,
    });
    await expectInvalidToken(`Bearer ${idToken}`, CognitoJwtInvalidTokenUseError);
  });

  it('refuses token_use=id even when correctly signed, with the correct aud', async () => {
    // Shaped like a Cognito ID token (aud = the client id, no client_id), so only the token_use
    // check can refuse it.
    const idToken = withClaims({
      token_use: 'id',
      aud: emulator.info.clientId,
      client_id: undefined,
    });
    await expectInvalidToken(`Bearer ${idToken}`, CognitoJwtInvalidTokenUseError);
  });

  it('refuses a wrong issuer', async () => {
    await expectInvalidToken(
      `Bearer ${withClaims({ iss: 'http://127.0.0.1:1/us-east-1_Other' })}`,
      JwtInvalidIssuerError,
    );
  });

  it('refuses a client id outside the allowlist', async () => {
    await expectInvalidToken(
      `Bearer ${withClaims({ client_id: 'someotherclient' })}`,
      CognitoJwtInvalidClientIdError,
    );
  });

  it('refuses a token without a sub', async () => {
    await expectInvalidToken(`Bearer ${withClaims({ sub: undefined })}`, 'guard');
  });

  describe('two Authorization headers', () => {
    /** Node keeps only the first in req.headers, so the request goes out byte by byte. */
    const rawGet = async (authorizations: string[]): Promise<{ status: number; text: string }> => {
      const port = Number(new URL(t.url).port);
      const head = [
        'GET /me/attributes HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        ...authorizations.map((a) => `Authorization: ${a}`),
        'Connection: close',
        '',
        '',
      ].join('\r\n');
      return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(head));
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        socket.on('end', () => resolve({ status: Number(text.split(' ')[1]), text }));
        socket.on('error', reject);
      });
    };

    it.each([
      ['good, then garbage', () => [`Bearer ${good}`, 'Bearer aaa.bbb.ccc']],
      ['garbage, then good', () => ['Bearer aaa.bbb.ccc', `Bearer ${good}`]],
      ['the same good token twice', () => [`Bearer ${good}`, `Bearer ${good}`]],
    ])('are refused with 400 problem+json (%s)', async (_order, headers) => {
      const res = await rawGet(headers());
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      const body = JSON.parse(res.text.slice(res.text.indexOf('\r\n\r\n') + 4)) as object;
      expect(body).toMatchObject({ status: 400, code: 'bad-request' });
    });

    it('one header still works over the same raw request (control)', async () => {
      expect((await rawGet([`Bearer ${good}`])).status).toBe(200);
    });
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
  let t: TestApp;
  afterAll(() => t?.close());

  it('accepts only clients in COGNITO_CLIENT_IDS', async () => {
    t = await createTestApp(emulator, {
      env: { ...emulator.env(), COGNITO_CLIENT_IDS: 'anotherclientid' },
    });
    expect(t.config.cognito.mode).toBe('emulator');
    const token = await emulator.tokenFor('demo');
    const res = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${token}`)
      .expect(401);
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
  });
});
