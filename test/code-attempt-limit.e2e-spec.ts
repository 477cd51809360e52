import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { codeAttemptKey } from '../src/rate-limit/code-attempt-limiter';
import { AppInstance, startAppInstance } from './support/app-instance';
import { createTestApp, TestContext, TestUser } from './support/create-test-app';
import { startRedis, TestRedis } from './support/redis-server';

const PASSWORD = 'Correct-Horse-7';
const WRONG = '000000';

/**
 * Guesses at confirmation codes — attribute verification per user, sign-up confirmation per
 * username — are limited to 5 wrong codes per 15 minutes. With REDIS_URL the limit is one for
 * every instance: guesses spread over two instances count together, and Redis holds the count.
 */
describe('wrong-code limits', () => {
  jest.setTimeout(60_000);
  let t: TestContext;
  let redis: TestRedis;
  let admin: Redis;
  let a: AppInstance;
  let b: AppInstance;
  let code: string;

  beforeAll(async () => {
    [t, redis] = await Promise.all([createTestApp(), startRedis()]);
    admin = new Redis(redis.url, { disconnectTimeout: 100 });
    [a, b] = await Promise.all([
      startAppInstance(t.emulator.info, { REDIS_URL: redis.url }),
      startAppInstance(t.emulator.info, { REDIS_URL: redis.url }),
    ]);
    code = t.emulator.info.verificationCode;
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
    await t?.close();
    await redis?.stop();
  });

  const server = (instance: AppInstance) => instance.url;
  const expectTooManyWrongCodes = (res: request.Response) => {
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  };

  describe('POST /me/attributes/:key/verify', () => {
    const verify = (instance: AppInstance, user: TestUser, body: object) =>
      request(server(instance))
        .post('/me/attributes/email/verify')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send(body);

    it('counts wrong codes on both instances together; then even the right code is refused', async () => {
      const user = await t.createUser({ email_verified: 'false' });
      await request(server(a))
        .post('/me/attributes/email/verification-code')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({})
        .expect(202);

      for (let i = 0; i < 5; i++) {
        const res = await verify(i % 2 ? a : b, user, { code: WRONG });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('code-mismatch');
      }
      // Redis holds the five attempts under the user's key (no sub in it).
      const key = codeAttemptKey('verify', user.sub);
      expect(key).not.toContain(user.sub);
      expect(await admin.zcard(key)).toBe(5);
      expect(await admin.pttl(key)).toBeGreaterThan(14 * 60 * 1000);

      expectTooManyWrongCodes(await verify(a, user, { code }));
      expectTooManyWrongCodes(await verify(b, user, { code }));
      expect((await t.cognitoAttributes(user.username)).email_verified).toBe('false');
    });

    it('refuses parallel guesses beyond the limit, spread over both instances', async () => {
      const user = await t.createUser({ email_verified: 'false' });
      await request(server(b))
        .post('/me/attributes/email/verification-code')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({})
        .expect(202);
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) => verify(i % 2 ? a : b, user, { code: WRONG })),
      );
      expect(responses.filter((r) => r.status === 400)).toHaveLength(5);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(7);
      expect(await admin.zcard(codeAttemptKey('verify', user.sub))).toBe(5);
      expect((await t.cognitoAttributes(user.username)).email_verified).toBe('false');
    });

    it('a right code clears the count (on every instance)', async () => {
      const user = await t.createUser({ email_verified: 'false' });
      await request(server(a))
        .post('/me/attributes/email/verification-code')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({})
        .expect(202);
      for (let i = 0; i < 4; i++) await verify(i % 2 ? a : b, user, { code: WRONG }).expect(400);
      await verify(b, user, { code }).expect(204);
      expect(await admin.exists(codeAttemptKey('verify', user.sub))).toBe(0);
      expect((await t.cognitoAttributes(user.username)).email_verified).toBe('true');
    });
  });

  describe('POST /sign-up/confirm', () => {
    const newUsername = () => `new-${randomUUID()}@example.com`;
    const userStatus = async (username: string) =>
      (
        await t.cognito.send(
          new AdminGetUserCommand({ UserPoolId: t.emulator.info.userPoolId, Username: username }),
        )
      ).UserStatus;
    const confirm = (target: string | AppInstance['app'], username: string, confirmCode: string) =>
      request(typeof target === 'string' ? target : target.getHttpServer())
        .post('/sign-up/confirm')
        .send({ username, code: confirmCode });

    it('one instance (in memory): 5 wrong codes, then the right one is refused; still UNCONFIRMED', async () => {
      const username = newUsername();
      await request(t.server).post('/sign-up').send({ username, password: PASSWORD }).expect(201);
      for (let i = 0; i < 5; i++) {
        const res = await confirm(t.app, username, WRONG);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('code-mismatch');
      }
      expectTooManyWrongCodes(await confirm(t.app, username, code));
      expect(await userStatus(username)).toBe('UNCONFIRMED');
    });

    it('two instances (Redis), one budget per username, whatever its case or spacing', async () => {
      const username = newUsername();
      await request(server(a)).post('/sign-up').send({ username, password: PASSWORD }).expect(201);
      const spellings = [username, username.toUpperCase(), ` ${username} `, username, username];
      for (const [i, spelling] of spellings.entries()) {
        const res = await confirm(server(i % 2 ? a : b), spelling, WRONG);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('code-mismatch');
      }
      expect(await admin.zcard(codeAttemptKey('sign-up-confirm', username))).toBe(5);
      expectTooManyWrongCodes(await confirm(server(b), username, code));
      expectTooManyWrongCodes(await confirm(server(a), username, code));
      expect(await userStatus(username)).toBe('UNCONFIRMED');
    });

    it('an unknown username is limited exactly like a known one (no hint that it exists)', async () => {
      const unknown = newUsername();
      for (let i = 0; i < 5; i++) await confirm(server(a), unknown, WRONG).expect(400);
      expectTooManyWrongCodes(await confirm(server(b), unknown, code));
    });

    it('the right code within the limit confirms, and clears the count', async () => {
      const username = newUsername();
      await request(server(a)).post('/sign-up').send({ username, password: PASSWORD }).expect(201);
      for (let i = 0; i < 4; i++) await confirm(server(i % 2 ? a : b), username, WRONG).expect(400);
      await confirm(server(b), username, code).expect(204);
      expect(await userStatus(username)).toBe('CONFIRMED');
      expect(await admin.exists(codeAttemptKey('sign-up-confirm', username))).toBe(0);
    });
  });
});
