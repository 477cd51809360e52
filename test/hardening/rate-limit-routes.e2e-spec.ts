import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Emulator, TestUser } from '../support/emulator';
import { startTestApp, stopAll, TestApp } from '../support/test-app';

const PASSWORD = 'Correct-Horse-7';

/**
 * The limits on the real routes (not test probes): the limit-th + 1 request gets 429 with the
 * RateLimit headers and Retry-After, and Cognito holds what it held before it.
 */
describe('rate limits on the real routes', () => {
  jest.setTimeout(60_000);
  let emulator: Emulator;
  let t: TestApp;
  let code: string;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({
      env: {
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        RATE_LIMIT_WRITE: '2',
        RATE_LIMIT_VERIFY: '2',
        RATE_LIMIT_SIGN_UP: '2',
        // Each sign-up test comes from an address of its own (X-Forwarded-For from loopback).
        TRUST_PROXY: 'loopback',
      },
    }));
    code = emulator.info.verificationCode;
  });
  afterAll(() => stopAll(t, emulator));

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.accessToken}` });

  function expectLimited(res: request.Response, bucket: string, limit: number): void {
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.headers['ratelimit-policy']).toBe(`"${bucket}";q=${limit};w=60`);
    expect(res.headers.ratelimit).toBe(`"${bucket}";r=0;t=${retryAfter}`);
  }

  it('PATCH /me/attributes: the third write in a minute is refused and does not land', async () => {
    const user = await emulator.createUser({ name: 'v0' });
    const patch = (name: string) =>
      request(t.server).patch('/me/attributes').set(auth(user)).send({ attributes: { name } });
    const first = await patch('v1').expect(200);
    expect(first.headers.ratelimit).toMatch(/^"write";r=1;t=\d+$/);
    await patch('v2').expect(200);
    expectLimited(await patch('v3'), 'write', 2);
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('v2');
  });

  it('POST …/verification-code and …/verify share the verify bucket; the third is refused', async () => {
    const user = await emulator.createUser({ email_verified: 'false' });
    const sent = await request(t.server)
      .post('/me/attributes/email/verification-code')
      .set(auth(user))
      .send({})
      .expect(202);
    expect(sent.headers['ratelimit-policy']).toBe('"verify";q=2;w=60');
    await request(t.server)
      .post('/me/attributes/email/verify')
      .set(auth(user))
      .send({ code: '000000' })
      .expect(400);
    // The right code, but over the limit: Cognito is not asked.
    const refused = await request(t.server)
      .post('/me/attributes/email/verify')
      .set(auth(user))
      .send({ code });
    expectLimited(refused, 'verify', 2);
    expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('false');

    const again = await request(t.server)
      .post('/me/attributes/email/verification-code')
      .set(auth(user))
      .send({});
    expectLimited(again, 'verify', 2);
  });

  describe('per client IP', () => {
    const newUsername = () => `limited-${randomUUID()}@example.com`;
    const cognitoUser = (username: string) => emulator.cognitoUser(username);
    const from = (ip: string) => ({
      signUp: (username: string) =>
        request(t.server)
          .post('/sign-up')
          .set('X-Forwarded-For', ip)
          .send({ username, password: PASSWORD }),
      confirm: (username: string, confirmCode: string) =>
        request(t.server)
          .post('/sign-up/confirm')
          .set('X-Forwarded-For', ip)
          .send({ username, code: confirmCode }),
    });

    it('POST /sign-up: the third sign-up from one address is refused and creates nobody', async () => {
      const client = from('198.51.100.21');
      const [first, second, third] = [newUsername(), newUsername(), newUsername()];
      await client.signUp(first).expect(201);
      await client.signUp(second).expect(201);
      expectLimited(await client.signUp(third), 'sign-up', 2);
      expect(await cognitoUser(third)).toBeUndefined();
      expect((await cognitoUser(second))?.UserStatus).toBe('UNCONFIRMED');
    });

    it('POST /sign-up/confirm counts in the same bucket: over it, the right code confirms nothing', async () => {
      const client = from('198.51.100.22');
      const username = newUsername();
      await client.signUp(username).expect(201);
      await client.confirm(username, '000000').expect(400);
      expectLimited(await client.confirm(username, code), 'sign-up', 2);
      expect((await cognitoUser(username))?.UserStatus).toBe('UNCONFIRMED');
    });
  });
});
