import Redis from 'ioredis';
import request from 'supertest';
import { AuditLogger } from '../src/common/audit/audit-logger';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { PENDING_CHANGE_LIFETIME_MS, PendingChangesStore } from '../src/pending-changes';
import { pendingKey } from '../src/pending-changes/redis-pending-changes-store';
import { subjectKey } from '../src/redis';
import { maskEmail } from '../src/common/code-delivery/mask-destination';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstances, createTestApp, TestApp } from './support/test-app';
import { startRedis, TestRedis } from './support/redis-server';

/**
 * Cognito keeps a changed email back until its code is confirmed and never shows the new value
 * (GetUser returns the old one); a resent code (GetUserAttributeVerificationCode) goes to the
 * old address. The BFF remembers the pending change, shows it, and resends to it.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.stop());

describe('pending email / phone changes', () => {
  jest.setTimeout(30_000);
  let t: TestApp;
  let code: string;

  beforeAll(async () => {
    t = await createTestApp(emulator);
    code = emulator.info.verificationCode;
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.accessToken}` });
  const read = (user: TestUser, server: string | TestApp['server'] = t.server) =>
    request(server).get('/me/attributes').set(auth(user));
  const patch = (user: TestUser, attributes: Record<string, string>, server = t.server) =>
    request(server).patch('/me/attributes').set(auth(user)).send({ attributes });
  const resend = (user: TestUser, key = 'email', server: string | TestApp['server'] = t.server) =>
    request(server).post(`/me/attributes/${key}/verification-code`).set(auth(user)).send({});
  const verify = (user: TestUser, key = 'email', server: string | TestApp['server'] = t.server) =>
    request(server).post(`/me/attributes/${key}/verify`).set(auth(user)).send({ code });

  async function withPendingEmail() {
    const user = await emulator.createUser({ name: 'Pending' });
    const oldEmail = (await emulator.cognitoAttributes(user.username)).email;
    const newEmail = `new-${user.sub}@example.com`;
    const patched = await patch(user, { email: newEmail }).expect(200);
    return { user, oldEmail, newEmail, patched };
  }

  it('GET shows the pending email beside the old one, until it is confirmed', async () => {
    const before = Date.now();
    const { user, oldEmail, newEmail, patched } = await withPendingEmail();
    const res = await read(user).expect(200);
    expect(res.body.attributes.email).toBe(oldEmail);
    expect(res.body.pending).toEqual({
      email: { value: newEmail, requestedAt: expect.any(String), expiresAt: expect.any(String) },
    });
    const requestedAt = Date.parse(res.body.pending.email.requestedAt);
    expect(requestedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(requestedAt).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(res.body.pending.email.expiresAt) - requestedAt).toBe(
      PENDING_CHANGE_LIFETIME_MS,
    );
    // Cognito itself still holds the old address.
    expect((await emulator.cognitoAttributes(user.username)).email).toBe(oldEmail);
    // The ETag covers it: the PATCH's new ETag is the GET's, and differs from one without pending.
    expect(patched.headers.etag).toBe(res.headers.etag);
  });

  it('the ETag changes when a change becomes pending, so If-None-Match sees it', async () => {
    const user = await emulator.createUser();
    const first = await read(user).expect(200);
    expect(first.body.pending).toBeUndefined();
    await patch(user, { email: `etag-${user.sub}@example.com` }).expect(200);
    const second = await read(user).set('If-None-Match', first.headers.etag).expect(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    await read(user).set('If-None-Match', second.headers.etag).expect(304);
    // If-Match with the tag from before the change no longer matches.
    await request(t.server)
      .patch('/me/attributes')
      .set(auth(user))
      .set('If-Match', first.headers.etag)
      .send({ attributes: { name: 'x' } })
      .expect(412);
  });

  it('a resend goes to the pending address: the update is re-issued with it, not GetUserAttributeVerificationCode', async () => {
    const { user, newEmail } = await withPendingEmail();
    const idp = t.app.get(IdentityProvider);
    const update = jest.spyOn(idp, 'updateUserAttributes');
    const getCode = jest.spyOn(idp, 'sendAttributeVerificationCode');
    const res = await resend(user).expect(202);
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0][1]).toEqual({ email: newEmail });
    expect(getCode).not.toHaveBeenCalled();
    // The emulator reports where it sent the code (in full); the BFF masks it.
    expect(res.body).toEqual({
      codeDeliveryDetails: {
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: maskEmail(newEmail),
      },
    });
    expect(maskEmail(newEmail)).toBe('n***@e***');
  });

  it('(emulator) the re-issued update carries the new address: it revives a change the emulator dropped', async () => {
    const { user, oldEmail, newEmail } = await withPendingEmail();
    // cognito-local forgets a pending email change on any other update (real Cognito keeps it).
    await patch(user, { nickname: 'later' }).expect(200);
    expect((await read(user).expect(200)).body.pending.email.value).toBe(newEmail);
    await resend(user).expect(202);
    await verify(user).expect(204);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      email: newEmail,
      email_verified: 'true',
    });
    expect(oldEmail).not.toBe(newEmail);
  });

  it('verify confirms it and clears the pending entry', async () => {
    const { user, newEmail } = await withPendingEmail();
    const verified = await verify(user).expect(204);
    const res = await read(user).expect(200);
    expect(res.body.pending).toBeUndefined();
    expect(res.body.attributes).toMatchObject({ email: newEmail, email_verified: 'true' });
    expect(verified.headers.etag).toBe(res.headers.etag);
    // The entry itself is gone, not merely hidden because the value is now the current one.
    expect(await t.app.get(PendingChangesStore).get(user.sub)).toEqual({});
    // Nothing pending any more: a resend now works as before (GetUserAttributeVerificationCode).
    const getCode = jest.spyOn(t.app.get(IdentityProvider), 'sendAttributeVerificationCode');
    await resend(user).expect(202);
    expect(getCode).toHaveBeenCalledTimes(1);
  });

  it('a PATCH with another new address replaces it', async () => {
    const { user } = await withPendingEmail();
    const other = `other-${user.sub}@example.com`;
    await patch(user, { email: other }).expect(200);
    expect((await read(user).expect(200)).body.pending.email.value).toBe(other);
    await verify(user).expect(204);
    expect((await emulator.cognitoAttributes(user.username)).email).toBe(other);
  });

  it('a PATCH back to the current value cancels it', async () => {
    const { user, oldEmail } = await withPendingEmail();
    const res = await patch(user, { email: oldEmail }).expect(200);
    expect(res.body.attributes.email).toMatchObject({ isUpdated: true });
    const after = await read(user).expect(200);
    expect(after.body.pending).toBeUndefined();
    expect(res.headers.etag).toBe(after.headers.etag);
    expect((await emulator.cognitoAttributes(user.username)).email).toBe(oldEmail);
  });

  it('without a pending change, a resend works as today', async () => {
    const user = await emulator.createUser({
      phone_number: '+14155550177',
      phone_number_verified: 'false',
    });
    const idp = t.app.get(IdentityProvider);
    const update = jest.spyOn(idp, 'updateUserAttributes');
    const getCode = jest.spyOn(idp, 'sendAttributeVerificationCode');
    const res = await resend(user, 'phone_number').expect(202);
    expect(getCode).toHaveBeenCalledTimes(1);
    expect(update).not.toHaveBeenCalled();
    expect(res.body.codeDeliveryDetails.attributeName).toBe('phone_number');
  });

  it('audits the lifecycle with names only', async () => {
    const record = jest.spyOn(t.app.get(AuditLogger), 'record');
    const { user, newEmail } = await withPendingEmail();
    await resend(user).expect(202);
    await verify(user).expect(204);
    const events = record.mock.calls.map(([event]) => event);
    const lifecycle = events.filter((e) => e.action.includes('pending-change'));
    expect(lifecycle.map((e) => e.action)).toEqual([
      'self.pending-change.requested',
      'self.pending-change.resent',
      'self.pending-change.confirmed',
    ]);
    for (const e of lifecycle)
      expect(e).toMatchObject({ actorSub: user.sub, attributeNames: ['email'] });
    expect(JSON.stringify(events)).not.toContain(newEmail);
  });

  describe('admin view', () => {
    let adminToken: string;
    beforeAll(async () => {
      adminToken = await emulator.tokenFor('admin');
    });
    const adminAuth = () => ({ Authorization: `Bearer ${adminToken}` });

    it("shows a user's pending change; an admin change of the attribute clears it", async () => {
      const { user, newEmail } = await withPendingEmail();
      const seen = await request(t.server)
        .get(`/users/${encodeURIComponent(user.username)}/attributes`)
        .set(adminAuth())
        .expect(200);
      expect(seen.body.pending.email.value).toBe(newEmail);

      const set = `admin-set-${user.sub}@example.com`;
      const record = jest.spyOn(t.app.get(AuditLogger), 'record');
      await request(t.server)
        .patch(`/users/${encodeURIComponent(user.username)}/attributes`)
        .set(adminAuth())
        .send({ attributes: { email: set, email_verified: 'true' } })
        .expect(200);
      expect((await read(user).expect(200)).body.pending).toBeUndefined();
      const after = await request(t.server)
        .get(`/users/${encodeURIComponent(user.username)}/attributes`)
        .set(adminAuth())
        .expect(200);
      expect(after.body.pending).toBeUndefined();
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        email: set,
        email_verified: 'true',
      });
      expect(record.mock.calls.map(([e]) => e.action)).toContain('admin.pending-change.cancelled');
    });
  });
});

/** Every instance agrees on pending changes when they share Redis (REDIS_URL). */
describe('pending changes shared through Redis, two instances', () => {
  jest.setTimeout(30_000);
  let redis: TestRedis;
  let admin: Redis;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    redis = await startRedis();
    admin = new Redis(redis.url, { disconnectTimeout: 100 });
    [a, b] = await createInstances(2, emulator, { REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
    await redis?.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.accessToken}` });

  it('a change requested on A is shown, resent and confirmed on B', async () => {
    const user = await emulator.createUser();
    const newEmail = `shared-${user.sub}@example.com`;
    const patched = await request(a.url)
      .patch('/me/attributes')
      .set(auth(user))
      .send({ attributes: { email: newEmail } })
      .expect(200);

    const onB = await request(b.url).get('/me/attributes').set(auth(user)).expect(200);
    expect(onB.body.pending.email.value).toBe(newEmail);
    expect(onB.headers.etag).toBe(patched.headers.etag);

    // Redis holds it under the user's hash-tagged key, with the 24 h TTL, and never the token.
    const key = pendingKey(user.sub);
    expect(key).toBe(subjectKey('pending', 'sub', user.sub));
    expect(key).not.toContain(user.sub);
    const stored = await admin.hgetall(key);
    expect(Object.keys(stored)).toEqual(['email']);
    expect(JSON.parse(stored.email)).toMatchObject({
      value: newEmail,
      requestedAt: expect.any(Number),
    });
    const ttl = await admin.pttl(key);
    expect(ttl).toBeGreaterThan(PENDING_CHANGE_LIFETIME_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(PENDING_CHANGE_LIFETIME_MS);
    expect(JSON.stringify(stored)).not.toContain(user.accessToken.split('.')[2]);

    const update = jest.spyOn(b.idp, 'updateUserAttributes');
    const sent = await request(b.url)
      .post('/me/attributes/email/verification-code')
      .set(auth(user))
      .send({})
      .expect(202);
    expect(update.mock.calls[0][1]).toEqual({ email: newEmail });
    expect(sent.body.codeDeliveryDetails.destination).toBe('s***@e***');

    await request(a.url)
      .post('/me/attributes/email/verify')
      .set(auth(user))
      .send({ code: emulator.info.verificationCode })
      .expect(204);
    expect(await admin.exists(key)).toBe(0);
    const afterOnB = await request(b.url).get('/me/attributes').set(auth(user)).expect(200);
    expect(afterOnB.body.pending).toBeUndefined();
    expect(afterOnB.body.attributes.email).toBe(newEmail);
    expect((await emulator.cognitoAttributes(user.username)).email).toBe(newEmail);
  });
});
