import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { codeAttemptKey } from '../src/rate-limit/code-attempt-limiter';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstances, createTestApp, TestApp } from './support/test-app';
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
  let emulator: Emulator;
  let t: TestApp;
  let redis: TestRedis;
  let admin: Redis;
  let a: TestApp;
  let b: TestApp;
  let code: string;

  beforeAll(async () => {
    [emulator, redis] = await Promise.all([startEmulator(), startRedis()]);
    admin = new Redis(redis.url, { disconnectTimeout: 100 });
    [t, a, b] = await Promise.all([
      createTestApp(emulator),
      ...(await createInstances(2, emulator, { REDIS_URL: redis.url })),
    ]);
    code = emulator.info.verificationCode;
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
    await t?.close();
    await emulator?.stop();
    await redis?.stop();
  });

  const server = (instance: TestApp) => instance.url;
  /** Sends `count` wrong codes, one after the other; each is a plain mismatch (400). */
  const sendWrongCodes = async (count: number, send: (i: number) => Promise<request.Response>) => {
    for (let i = 0; i < count; i++) {
      const res = await send(i);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('code-mismatch');
    }
  };
  const expectTooManyWrongCodes = (res: request.Response) => {
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  };

  describe('POST /me/attributes/:key/verify', () => {
    const verify = (instance: TestApp, user: TestUser, body: object) =>
      request(server(instance))
        .post('/me/attributes/email/verify')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send(body);
    const sendCode = (instance: TestApp, user: TestUser) =>
      request(server(instance))
        .post('/me/attributes/email/verification-code')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({})
        .expect(202);

    it('counts wrong codes on both instances together; then even the right code is refused', async () => {
      const user = await emulator.createUser({ email_verified: 'false' });
      await sendCode(a, user);

      await sendWrongCodes(5, (i) => verify(i % 2 ? a : b, user, { code: WRONG }));
      // Redis holds the five attempts under the user's key (no sub in it).
      const key = codeAttemptKey('verify', user.sub);
      expect(key).not.toContain(user.sub);
      expect(await admin.zcard(key)).toBe(5);
      expect(await admin.pttl(key)).toBeGreaterThan(14 * 60 * 1000);

      expectTooManyWrongCodes(await verify(a, user, { code }));
      expectTooManyWrongCodes(await verify(b, user, { code }));
      expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('false');
    });

    it('refuses parallel guesses beyond the limit, spread over both instances', async () => {
      const user = await emulator.createUser({ email_verified: 'false' });
      await sendCode(b, user);
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) => verify(i % 2 ? a : b, user, { code: WRONG })),
      );
      expect(responses.filter((r) => r.status === 400)).toHaveLength(5);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(7);
      expect(await admin.zcard(codeAttemptKey('verify', user.sub))).toBe(5);
      expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('false');
    });

    it('a right code clears the count (on every instance)', async () => {
      const user = await emulator.createUser({ email_verified: 'false' });
      await sendCode(a, user);
      for (let i = 0; i < 4; i++) await verify(i % 2 ? a : b, user, { code: WRONG }).expect(400);
      await verify(b, user, { code }).expect(204);
      expect(await admin.exists(codeAttemptKey('verify', user.sub))).toBe(0);
      expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('true');
    });
  });

  describe('POST /sign-up/confirm', () => {
    const newUsername = () => `new-${randomUUID()}@example.com`;
    const userStatus = async (username: string) =>
      (await emulator.cognitoUser(username))?.UserStatus;
    const confirm = (target: TestApp['server'], username: string, confirmCode: string) =>
      request(target).post('/sign-up/confirm').send({ username, code: confirmCode });

    it('one instance (in memory): 5 wrong codes, then the right one is refused; still UNCONFIRMED', async () => {
      const username = newUsername();
      await request(t.server).post('/sign-up').send({ username, password: PASSWORD }).expect(201);
      await sendWrongCodes(5, () => confirm(t.server, username, WRONG));
      expectTooManyWrongCodes(await confirm(t.server, username, code));
      expect(await userStatus(username)).toBe('UNCONFIRMED');
    });

    it('two instances (Redis), one budget per username, whatever its case or spacing', async () => {
      const username = newUsername();
      await request(server(a)).post('/sign-up').send({ username, password: PASSWORD }).expect(201);
      const spellings = [username, username.toUpperCase(), ` ${username} `, username, username];
      await sendWrongCodes(5, (i) => confirm(server(i % 2 ? a : b), spellings[i], WRONG));
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
