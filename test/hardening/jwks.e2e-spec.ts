import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createPublicKey, randomUUID } from 'node:crypto';
import request from 'supertest';
import { decodeJwtPayload, signJwt, strangerKey } from '../support/jwt-forge';
import { CognitoProxy } from './support/cognito-proxy';
import { Emulator, emulatorEnv, startEmulator } from './support/emulator';
import { appWith } from './support/probe-app';

jest.setTimeout(30_000);

/**
 * The JWKS is fetched once and cached; an unknown `kid` triggers one refetch (key rotation) and
 * then a 10 s penalty, so forged kids cannot make us hammer the JWKS endpoint; an unreachable
 * JWKS makes /health/ready fail (503) without taking the service down, and it recovers by itself.
 */
describe('JWKS cache', () => {
  let emulator: Emulator;
  let proxy: CognitoProxy;
  let app: NestFastifyApplication;
  let token: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    proxy = await CognitoProxy.start(emulator.info.endpoint);
    // The BFF reaches Cognito and the JWKS through the proxy; tokens still name the emulator.
    app = await appWith(
      { ...emulatorEnv(emulator.info, proxy.url), RATE_LIMIT_ENABLED: 'false' },
      [],
    );
    token = await emulator.tokenFor('demo');
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await emulator?.close();
  });

  const read = (bearer: string) =>
    request(app.getHttpServer()).get('/me/attributes').set('Authorization', `Bearer ${bearer}`);

  /** The demo user's claims, signed by `key` under `kid`. */
  const tokenWithKid = (kid: string, key = strangerKey()) => {
    const now = Math.floor(Date.now() / 1000);
    return signJwt(
      { alg: 'RS256', kid, typ: 'JWT' },
      { ...decodeJwtPayload(token), iat: now, exp: now + 600, jti: randomUUID() },
      key,
    );
  };

  it('fetches the JWKS once and verifies every later token from the cache', async () => {
    await read(token).expect(200);
    const fetched = proxy.jwksFetches;
    expect(fetched).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 5; i++) await read(token).expect(200);
    expect(proxy.jwksFetches).toBe(fetched);
  });

  it('picks up a rotated-in key on first sight of its kid', async () => {
    const key = strangerKey();
    const kid = 'rotated-key-2026';
    proxy.extraKeys.push({
      ...createPublicKey(key).export({ format: 'jwk' }),
      kid,
      alg: 'RS256',
      use: 'sig',
    });
    const before = proxy.jwksFetches;
    const res = await read(tokenWithKid(kid, key)).expect(200);
    expect(res.body.attributes.email).toBe('demo@example.com');
    expect(proxy.jwksFetches).toBe(before + 1);
    await read(tokenWithKid(kid, key)).expect(200);
    expect(proxy.jwksFetches).toBe(before + 1);
  });

  it('refetches on an unknown kid once, then waits out a penalty instead of refetching', async () => {
    const before = proxy.jwksFetches;
    await read(tokenWithKid('forged-kid-1')).expect(401);
    expect(proxy.jwksFetches).toBe(before + 1);
    for (let i = 0; i < 10; i++) {
      const res = await read(tokenWithKid(`forged-kid-${i + 2}`)).expect(401);
      expect(res.body.code).toBe('invalid-token');
    }
    expect(proxy.jwksFetches).toBe(before + 1);
    // Known keys keep working during the penalty.
    await read(token).expect(200);
  });

  describe('unreachable at start-up', () => {
    let cold: NestFastifyApplication;
    let coldProxy: CognitoProxy;

    beforeAll(async () => {
      coldProxy = await CognitoProxy.start(emulator.info.endpoint);
      coldProxy.jwks = 'down';
      cold = await appWith(
        { ...emulatorEnv(emulator.info, coldProxy.url), RATE_LIMIT_ENABLED: 'false' },
        [],
      );
    });
    afterAll(async () => {
      await cold?.close();
      await coldProxy?.close();
    });

    it('starts anyway, is live but not ready, and answers 503 (not 401) to valid tokens', async () => {
      await request(cold.getHttpServer()).get('/health/live').expect(200);
      const ready = await request(cold.getHttpServer()).get('/health/ready').expect(503);
      expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ready.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'jwks-down' })]),
      );
      const res = await request(cold.getHttpServer())
        .get('/me/attributes')
        .set('Authorization', `Bearer ${token}`)
        .expect(503);
      expect(res.body.code).toBe('upstream-unavailable');
      expect(res.headers['retry-after']).toBeDefined();
    });

    it('becomes ready and serves tokens once the JWKS is reachable, without a restart', async () => {
      coldProxy.jwks = 'up';
      await request(cold.getHttpServer()).get('/health/ready').expect(200);
      await request(cold.getHttpServer())
        .get('/me/attributes')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
    });
  });
});
