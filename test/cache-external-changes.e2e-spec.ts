import request from 'supertest';
import { Emulator, TestUser } from './support/emulator';
import { createInstances, startTestApp, stopAll, TestApp } from './support/test-app';
import { startRedis, TestRedis } from './support/redis-server';

/**
 * Changes made at Cognito directly (another app, the console, a Lambda) while the user's
 * attributes are cached: GET may serve the cached ETag until the TTL ends — but as soon as the
 * service reads the user upstream and sees something else (an If-Match check, an admin read,
 * verification), the entry is dropped. So a 412 is followed by a GET that returns the ETag the
 * 412 carried, the next PATCH succeeds at the first try, and a 304 never confirms a tag older
 * than what the service has seen. Default TTL (30 s): nothing here waits for it to end.
 */
describe('changes made outside the BFF: no 412 loop, no stale 304', () => {
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp());
    adminToken = await emulator.tokenFor('admin');
  });
  afterAll(() => stopAll(t, emulator));

  const changeAtCognito = (user: TestUser, attributes: Record<string, string>) =>
    emulator.changeAttributes(user.username, attributes);

  describe('one instance (in-memory cache)', () => {
    const server = () => t.server;
    const read = (user: TestUser) =>
      request(server()).get('/me/attributes').set('Authorization', `Bearer ${user.accessToken}`);
    const patch = (user: TestUser, etag: string, attributes: Record<string, string>) =>
      request(server())
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('If-Match', etag)
        .send({ attributes });

    it('after a 412, the next GET returns the 412’s ETag and a PATCH with it succeeds first try', async () => {
      const user = await emulator.createUser({ name: 'Cached', nickname: 'before' });
      const cached = await read(user).expect(200);
      await changeAtCognito(user, { nickname: 'changed elsewhere' });

      // The cache still answers with the old tag (the documented TTL trade-off)...
      const stale = await read(user).expect(200);
      expect(stale.headers.etag).toBe(cached.headers.etag);
      // ...the If-Match check reads Cognito, so the PATCH is refused with the current tag...
      const refused = await patch(user, stale.headers.etag, { name: 'Mine' }).expect(412);
      expect(refused.body).toMatchObject({ code: 'precondition-failed' });
      expect(refused.headers.etag).not.toBe(stale.headers.etag);
      expect((await emulator.cognitoAttributes(user.username)).name).toBe('Cached');

      // ...and the read that follows sees what the 412 was computed from.
      const fresh = await read(user).expect(200);
      expect(fresh.headers.etag).toBe(refused.headers.etag);
      expect(fresh.body.attributes.nickname).toBe('changed elsewhere');
      const done = await patch(user, fresh.headers.etag, { name: 'Mine' }).expect(200);
      expect(done.body.attributes.name).toMatchObject({ isUpdated: true });
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        name: 'Mine',
        nickname: 'changed elsewhere',
      });
    });

    it('after a 412, a conditional GET with the old tag gets 200 and the new tag, not 304', async () => {
      const user = await emulator.createUser({ name: 'Cached' });
      const old = (await read(user).expect(200)).headers.etag;
      await changeAtCognito(user, { name: 'Changed elsewhere' });
      const refused = await patch(user, old, { nickname: 'x' }).expect(412);

      const res = await read(user).set('If-None-Match', old).expect(200);
      expect(res.headers.etag).toBe(refused.headers.etag);
      expect(res.body.attributes.name).toBe('Changed elsewhere');
    });

    it('an admin read that sees the change refreshes the user’s next GET: the PATCH needs no retry', async () => {
      const user = await emulator.createUser({ name: 'Cached' });
      const old = (await read(user).expect(200)).headers.etag;
      await changeAtCognito(user, { name: 'Changed elsewhere' });
      await request(server())
        .get(`/users/${encodeURIComponent(user.username)}/attributes`)
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(200);

      const conditional = await read(user).set('If-None-Match', old).expect(200);
      expect(conditional.body.attributes.name).toBe('Changed elsewhere');
      await patch(user, conditional.headers.etag, { nickname: 'first try' }).expect(200);
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        name: 'Changed elsewhere',
        nickname: 'first try',
      });
    });

    it('a verification-code request that reads the change refreshes the next GET too', async () => {
      const user = await emulator.createUser({ name: 'Cached' });
      const old = (await read(user).expect(200)).headers.etag;
      const { email } = await emulator.cognitoAttributes(user.username);
      await changeAtCognito(user, { email, email_verified: 'false' });
      await request(server())
        .post('/me/attributes/email/verification-code')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .expect(202);

      const res = await read(user).set('If-None-Match', old).expect(200);
      expect(res.body.attributes.email_verified).toBe('false');
      expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('false');
    });

    it('an upstream read that finds the cache right keeps it (no needless reload)', async () => {
      const user = await emulator.createUser({ name: 'Same' });
      const etag = (await read(user).expect(200)).headers.etag;
      await patch(user, etag, { name: 'Same' }).expect(200); // nothing to send: value unchanged
      await read(user).set('If-None-Match', etag).expect(304);
    });
  });

  describe('two instances sharing Redis', () => {
    let redis: TestRedis;
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      redis = await startRedis();
      // The longest revocation window: a token is confirmed upstream once per window per
      // instance, and that read would refresh the entry this test needs stale.
      const env = { REDIS_URL: redis.url, TOKEN_REVOCATION_WINDOW_MS: '30000' };
      [a, b] = await createInstances(2, emulator, env);
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
      await redis?.stop();
    });

    const read = (instance: TestApp, user: TestUser) =>
      request(instance.url)
        .get('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`);

    it('a 412 on B drops the entry A serves: A’s next GET has the 412’s ETag, and B takes it', async () => {
      const user = await emulator.createUser({ name: 'Cached' });
      const old = (await read(a, user).expect(200)).headers.etag;
      await read(b, user).expect(200); // B confirms the token (GetUser) before the change
      await changeAtCognito(user, { name: 'Changed elsewhere' });
      expect((await read(b, user).expect(200)).headers.etag).toBe(old); // shared entry, stale

      const refused = await request(b.url)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('If-Match', old)
        .send({ attributes: { nickname: 'mine' } })
        .expect(412);
      const fresh = await read(a, user).set('If-None-Match', old).expect(200);
      expect(fresh.headers.etag).toBe(refused.headers.etag);

      await request(b.url)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('If-Match', fresh.headers.etag)
        .send({ attributes: { nickname: 'mine' } })
        .expect(200);
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        name: 'Changed elsewhere',
        nickname: 'mine',
      });
    });
  });
});
