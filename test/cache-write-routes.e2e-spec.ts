import request from 'supertest';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstances, TestApp } from './support/test-app';
import { startRedis, TestRedis } from './support/redis-server';

/**
 * Read-your-writes through the real write routes: every one of them (PATCH, DELETE, verify and
 * the admin routes) invalidates the user's cached attributes before it answers, so the next read
 * — on this instance or, with Redis, on another — shows the change although the TTL (1 h here)
 * is far from over.
 */
describe('attribute cache: every write route invalidates', () => {
  jest.setTimeout(60_000);
  let emulator: Emulator;
  let redis: TestRedis;
  let a: TestApp;
  let b: TestApp;
  let adminToken: string;
  const longTtl = { ATTRIBUTES_CACHE_TTL_MS: '3600000' };

  beforeAll(async () => {
    [redis, emulator] = await Promise.all([startRedis(), startEmulator()]);
    [a, b] = await createInstances(2, emulator, { ...longTtl, REDIS_URL: redis.url });
    adminToken = await emulator.tokenFor('admin');
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await emulator?.stop();
    await redis?.stop();
  });

  const bearer = (token: string) => `Bearer ${token}`;
  const read = async (instance: TestApp, user: TestUser) =>
    (
      await request(instance.url)
        .get('/me/attributes')
        .set('Authorization', bearer(user.accessToken))
        .expect(200)
    ).body.attributes as Record<string, string>;

  it('PATCH on A → the next read on B is fresh', async () => {
    const user = await emulator.createUser({ name: 'Before' });
    expect((await read(b, user)).name).toBe('Before'); // cached on the shared store
    await request(a.url)
      .patch('/me/attributes')
      .set('Authorization', bearer(user.accessToken))
      .send({ attributes: { name: 'After' } })
      .expect(200);
    expect((await read(b, user)).name).toBe('After');
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('After');
  });

  it('DELETE on B → the next read on A no longer shows the attribute', async () => {
    const user = await emulator.createUser({ name: 'Kept', 'custom:display_name': 'gone-soon' });
    expect((await read(a, user))['custom:display_name']).toBe('gone-soon');
    await request(b.url)
      .delete('/me/attributes?keys=custom:display_name')
      .set('Authorization', bearer(user.accessToken))
      .expect(204);
    expect(await read(a, user)).not.toHaveProperty('custom:display_name');
    expect(await emulator.cognitoAttributes(user.username)).not.toHaveProperty(
      'custom:display_name',
    );
  });

  it('email change + verify on A → the next read on B shows the new, verified email', async () => {
    const user = await emulator.createUser({ name: 'Mailer' });
    const newEmail = `changed-${user.sub}@example.com`;
    await request(a.url)
      .patch('/me/attributes')
      .set('Authorization', bearer(user.accessToken))
      .send({ attributes: { email: newEmail } })
      .expect(200);
    expect((await read(b, user)).email).not.toBe(newEmail); // pending: the old one stays
    await request(a.url)
      .post('/me/attributes/email/verify')
      .set('Authorization', bearer(user.accessToken))
      .send({ code: emulator.info.verificationCode })
      .expect(204);
    expect(await read(b, user)).toMatchObject({ email: newEmail, email_verified: 'true' });
  });

  it("an admin's PATCH on A → the user's next read on B is fresh", async () => {
    const user = await emulator.createUser({ name: 'Managed' });
    expect((await read(b, user)).name).toBe('Managed');
    await request(a.url)
      .patch(`/users/${user.sub}/attributes`)
      .set('Authorization', bearer(adminToken))
      .send({ attributes: { name: 'Renamed by admin' } })
      .expect(200);
    expect((await read(b, user)).name).toBe('Renamed by admin');
  });

  it("an admin's DELETE on B → the user's next read on A is fresh", async () => {
    const user = await emulator.createUser({ 'custom:display_name': 'admin-removes' });
    expect((await read(a, user))['custom:display_name']).toBe('admin-removes');
    await request(b.url)
      .delete(`/users/${user.sub}/attributes?keys=custom:display_name`)
      .set('Authorization', bearer(adminToken))
      .expect(204);
    expect(await read(a, user)).not.toHaveProperty('custom:display_name');
  });
});
