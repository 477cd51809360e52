import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { decodeJwtPayload, signJwt, strangerKey } from '../support/jwt-forge';
import { Emulator, emulatorEnv, startEmulator } from './support/emulator';
import { appWith } from './support/probe-app';
import { createUser } from './support/users';

const LIMITS = {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_WINDOW_SECONDS: '60',
  RATE_LIMIT_READ: '3',
  RATE_LIMIT_WRITE: '2',
  RATE_LIMIT_VERIFY: '1',
  RATE_LIMIT_SIGN_UP: '2',
};

/**
 * Per-user limits on authenticated routes (reads loosest, writes tighter, verification tightest),
 * per-IP limits on /sign-up, RateLimit headers, 429 problem+json with Retry-After.
 */
describe('rate limits', () => {
  let emulator: Emulator;
  let app: NestFastifyApplication;
  const server = () => app.getHttpServer();

  beforeAll(async () => {
    emulator = await startEmulator();
    app = await appWith({ ...emulatorEnv(emulator.info), ...LIMITS });
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.close();
  });

  const read = (token: string) =>
    request(server()).get('/me/attributes').set('Authorization', `Bearer ${token}`);

  it('lets a user read up to the limit, announcing what is left, then answers 429', async () => {
    const user = await createUser(emulator, { name: 'Reader One' });
    for (const left of [2, 1, 0]) {
      const res = await read(user.accessToken).expect(200);
      expect(res.headers['ratelimit-policy']).toBe('"read";q=3;w=60');
      expect(res.headers.ratelimit).toMatch(new RegExp(`^"read";r=${left};t=\\d+$`));
    }
    const refused = await read(user.accessToken).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.ratelimit).toBe(`"read";r=0;t=${retryAfter}`);
    // Refused requests never reached Cognito: the user is untouched.
    expect((await user.cognitoAttributes()).name).toBe('Reader One');
  });

  it('counts per user: one user at the limit does not affect another', async () => {
    const noisy = await createUser(emulator);
    const quiet = await createUser(emulator);
    for (let i = 0; i < 3; i++) await read(noisy.accessToken).expect(200);
    await read(noisy.accessToken).expect(429);
    const res = await read(quiet.accessToken).expect(200);
    expect(res.headers.ratelimit).toMatch(/^"read";r=2;/);
  });

  it('checks the token before counting: bad tokens get 401, never 429, and spend no budget', async () => {
    const victim = await createUser(emulator);
    const claims = decodeJwtPayload(victim.accessToken);
    // Correct claims (the victim's sub) but signed by a stranger.
    const forged = signJwt(
      { alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' },
      claims,
      strangerKey(),
    );
    for (let i = 0; i < 5; i++) {
      await read(forged).expect(401);
      await request(server()).get('/me/attributes').expect(401);
    }
    const res = await read(victim.accessToken).expect(200);
    expect(res.headers.ratelimit).toMatch(/^"read";r=2;/);
  });

  it('limits writes more tightly than reads, in a bucket of their own', async () => {
    const user = await createUser(emulator);
    const write = () =>
      request(server())
        .patch('/me/probe')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({ attributes: { name: 'x' } });
    const first = await write().expect(200);
    expect(first.headers['ratelimit-policy']).toBe('"write";q=2;w=60');
    await write().expect(200);
    const refused = await write().expect(429);
    expect(refused.body.code).toBe('too-many-requests');
    expect(refused.headers['retry-after']).toEqual(expect.stringMatching(/^\d+$/));
    // Reads have their own budget.
    await read(user.accessToken).expect(200);
  });

  it('limits verification most tightly', async () => {
    const user = await createUser(emulator);
    const verify = () =>
      request(server())
        .post('/me/probe/email/verify')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({ code: '123456' });
    const first = await verify().expect(204);
    expect(first.headers['ratelimit-policy']).toBe('"verify";q=1;w=60');
    await verify().expect(429);
  });

  describe('per client IP on /sign-up', () => {
    const signUp = (target: NestFastifyApplication, forwardedFor?: string) => {
      const req = request(target.getHttpServer()).post('/sign-up/probe').send({});
      return forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req;
    };

    it('counts every route under /sign-up per IP, and ignores X-Forwarded-For by default', async () => {
      const first = await signUp(app, '198.51.100.1').expect(202);
      expect(first.headers['ratelimit-policy']).toBe('"sign-up";q=2;w=60');
      await signUp(app, '198.51.100.2').expect(202);
      // A new X-Forwarded-For per request does not buy a new budget: no proxy is trusted.
      const refused = await signUp(app, '198.51.100.3').expect(429);
      expect(refused.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    });

    it('applies the sign-up limit to public routes marked @RateLimit("sign-up")', async () => {
      const fresh = await appWith({ ...emulatorEnv(emulator.info), ...LIMITS });
      try {
        const hit = () => request(fresh.getHttpServer()).post('/probe/public-limited').send({});
        await hit().expect(202);
        await hit().expect(202);
        await hit().expect(429);
      } finally {
        await fresh.close();
      }
    });

    it('behind a trusted proxy, counts the client address that proxy saw', async () => {
      const proxied = await appWith({
        ...emulatorEnv(emulator.info),
        ...LIMITS,
        TRUST_PROXY: 'loopback',
      });
      try {
        // The proxy appends the address it saw; whatever the client put before it is ignored.
        await signUp(proxied, '203.0.113.50, 198.51.100.7').expect(202);
        await signUp(proxied, '203.0.113.51, 198.51.100.7').expect(202);
        await signUp(proxied, '203.0.113.52, 198.51.100.7').expect(429);
        // Another client behind the same proxy has its own budget.
        await signUp(proxied, '198.51.100.8').expect(202);
      } finally {
        await proxied.close();
      }
    });
  });

  it('does not limit health probes', async () => {
    for (let i = 0; i < 10; i++) await request(server()).get('/health/live').expect(200);
  });
});
