import request from 'supertest';
import { USER_OPERATIONS } from '../bench/lib/user-operations';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { CognitoProxy } from './hardening/support/cognito-proxy';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createTestApp, startTestApp, stopAll, TestApp } from './support/test-app';

jest.setTimeout(30_000);

/**
 * How many Cognito calls each write costs, pinned so it cannot silently grow. The BFF reaches the
 * emulator through a proxy that records every call. What each remaining call is for:
 * - GetUser before a PATCH: the update plan (send only what changed, keep `*_verified` with its
 *   attribute, undo the first half if the second is refused) and the If-Match check share it;
 * - no read-back after a plain PATCH: the new state is what was sent, and the ETag is computed;
 * - DELETE without If-Match reads once afterwards (the new ETag); with If-Match the read before
 *   serves both;
 * - a verification code needs the current values (is the pending change still pending?);
 * - verify of a value that may be pending reads afterwards: the code may have made it current.
 * Each response's ETag is checked against what a GET of Cognito's state gives.
 */
describe('upstream Cognito calls per write', () => {
  let emulator: Emulator;
  let proxy: CognitoProxy;
  let app: TestApp['app'];

  beforeAll(async () => {
    emulator = await startEmulator();
    proxy = await CognitoProxy.start(emulator.info.endpoint);
    app = (await createTestApp(emulator, { env: emulator.env(proxy.url) })).app;
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await emulator?.stop();
  });

  /** Runs `send` and returns the user operations it made upstream, in order. */
  async function upstreamOf<T>(send: () => Promise<T>): Promise<[T, string[]]> {
    const since = proxy.calls.length;
    const result = await send();
    return [result, proxy.operationsSince(since).filter((op) => USER_OPERATIONS.has(op))];
  }

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.accessToken}` });
  const read = (user: TestUser) =>
    request(app.getHttpServer()).get('/me/attributes').set(auth(user)).expect(200);
  const patch = (user: TestUser, attributes: Record<string, string>, ifMatch?: string) => {
    const req = request(app.getHttpServer()).patch('/me/attributes').set(auth(user));
    if (ifMatch) req.set('If-Match', ifMatch);
    return req.send({ attributes });
  };
  const remove = (user: TestUser, keys: string, ifMatch?: string) => {
    const req = request(app.getHttpServer()).delete(`/me/attributes?keys=${keys}`).set(auth(user));
    if (ifMatch) req.set('If-Match', ifMatch);
    return req;
  };

  it('PATCH of one plain attribute: GetUser, UpdateUserAttributes', async () => {
    const user = await emulator.createUser({ name: 'Ada' });
    const [res, ops] = await upstreamOf(() => patch(user, { name: 'Ada Lovelace' }).expect(200));

    expect(ops).toEqual(['GetUser', 'UpdateUserAttributes']);
    expect(res.body.attributes.name).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'DONE' },
    });
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Ada Lovelace');
    expect(res.headers.etag).toBe((await read(user)).headers.etag);
  });

  it('PATCH with If-Match: one GetUser serves the check and the plan', async () => {
    const user = await emulator.createUser({ name: 'Ada' });
    const { etag } = (await read(user)).headers;
    const [res, ops] = await upstreamOf(() =>
      patch(user, { name: 'Ada Lovelace' }, etag).expect(200),
    );

    expect(ops).toEqual(['GetUser', 'UpdateUserAttributes']);
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Ada Lovelace');
    expect(res.headers.etag).not.toBe(etag);
    expect(res.headers.etag).toBe((await read(user)).headers.etag);
  });

  it('PATCH of an email: reads back, since only Cognito knows whether it is pending', async () => {
    const user = await emulator.createUser({ name: 'Mail' });
    const email = `calls-${user.sub}@example.com`;
    const [res, ops] = await upstreamOf(() => patch(user, { email }).expect(200));

    expect(ops).toEqual(['GetUser', 'UpdateUserAttributes', 'GetUser']);
    expect(res.body.attributes.email.nextStep.updateAttributeStep).toBe(
      'CONFIRM_ATTRIBUTE_WITH_CODE',
    );
    // The pool requires verification before update: the old address stays until the code.
    expect((await emulator.cognitoAttributes(user.username)).email).not.toBe(email);
    expect(res.headers.etag).toBe((await read(user)).headers.etag);
  });

  it('DELETE: DeleteUserAttributes, then GetUser for the new ETag', async () => {
    const user = await emulator.createUser({ nickname: 'ada' });
    const [res, ops] = await upstreamOf(() => remove(user, 'nickname').expect(204));

    expect(ops).toEqual(['DeleteUserAttributes', 'GetUser']);
    expect(await emulator.cognitoAttributes(user.username)).not.toHaveProperty('nickname');
    expect(res.headers.etag).toBe((await read(user)).headers.etag);
  });

  it('DELETE with If-Match: the read before serves the check and the new ETag', async () => {
    const user = await emulator.createUser({ nickname: 'ada', website: 'https://a.example' });
    const { etag } = (await read(user)).headers;
    const [res, ops] = await upstreamOf(() => remove(user, 'nickname', etag).expect(204));

    expect(ops).toEqual(['GetUser', 'DeleteUserAttributes']);
    expect(await emulator.cognitoAttributes(user.username)).not.toHaveProperty('nickname');
    expect(res.headers.etag).toBe((await read(user)).headers.etag);
  });

  it('verification code, then verify: two calls each', async () => {
    const user = await emulator.createUser({ name: 'Code' });
    const email = `verify-${user.sub}@example.com`;
    await patch(user, { email }).expect(200);

    const [, sendOps] = await upstreamOf(() =>
      request(app.getHttpServer())
        .post('/me/attributes/email/verification-code')
        .set(auth(user))
        .send({})
        .expect(202),
    );
    expect(sendOps).toEqual(['GetUser', 'UpdateUserAttributes']); // resent to the pending address

    const [res, verifyOps] = await upstreamOf(() =>
      request(app.getHttpServer())
        .post('/me/attributes/email/verify')
        .set(auth(user))
        .send({ code: emulator.info.verificationCode })
        .expect(204),
    );
    expect(verifyOps).toEqual(['VerifyUserAttribute', 'GetUser']);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      email,
      email_verified: 'true',
    });
    expect(res.headers.etag).toBe((await read(user)).headers.etag);
  });
});

/**
 * Local mode knows the pool's AttributesRequireVerificationBeforeUpdate (email only), so a phone
 * number can never be pending: the read before verify (is there an unverified number?) also gives
 * the state after it. Counted at the port (through a proxy the BFF would not be in local mode).
 */
describe('upstream calls per verify of a value that cannot be pending (local mode)', () => {
  let emulator: Emulator;
  let t: TestApp;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp());
  });
  afterAll(() => stopAll(t, emulator));

  it('verify phone_number: GetUser, VerifyUserAttribute', async () => {
    const user = await emulator.createUser();
    const auth = { Authorization: `Bearer ${user.accessToken}` };
    await request(t.server)
      .patch('/me/attributes')
      .set(auth)
      .send({ attributes: { phone_number: '+14155550177' } })
      .expect(200);
    await request(t.server)
      .post('/me/attributes/phone_number/verification-code')
      .set(auth)
      .send({})
      .expect(202);
    const idp = t.app.get(IdentityProvider);
    const getUser = jest.spyOn(idp, 'getUser');
    const verify = jest.spyOn(idp, 'verifyUserAttribute');

    const res = await request(t.server)
      .post('/me/attributes/phone_number/verify')
      .set(auth)
      .send({ code: emulator.info.verificationCode })
      .expect(204);

    expect(getUser).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledTimes(1);
    getUser.mockRestore();
    verify.mockRestore();
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      phone_number: '+14155550177',
      phone_number_verified: 'true',
    });
    const after = await request(t.server).get('/me/attributes').set(auth).expect(200);
    expect(res.headers.etag).toBe(after.headers.etag);
  });
});
