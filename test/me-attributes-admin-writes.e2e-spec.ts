import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { CognitoProxy } from './hardening/support/cognito-proxy';
import { Emulator, emulatorEnv, startEmulator } from './hardening/support/emulator';
import { appWith } from './hardening/support/probe-app';
import { createUser, HardeningUser } from './hardening/support/users';
import { emulatorAdminClient } from './support/emulator-users';

jest.setTimeout(30_000);

/** The calls that read or write a user (start-up and readiness describe the pool too). */
const USER_OPERATIONS = new Set([
  'GetUser',
  'UpdateUserAttributes',
  'DeleteUserAttributes',
  'AdminGetUser',
  'AdminUpdateUserAttributes',
  'AdminDeleteUserAttributes',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
]);

/**
 * SELF_SERVICE_WRITES=admin: PATCH and DELETE /me/attributes reach Cognito only through the Admin
 * API, after GetUser with the caller's token has proved Cognito still accepts it, so the app
 * client the browser holds needs no WriteAttributes. The BFF talks to the emulator through a
 * proxy that records every call, so the tests see which operations went upstream, in order.
 */
describe('self-service writes through the Admin API (SELF_SERVICE_WRITES=admin)', () => {
  let emulator: Emulator;
  let proxy: CognitoProxy;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    emulator = await startEmulator();
    proxy = await CognitoProxy.start(emulator.info.endpoint);
    app = await appWith(
      { ...emulatorEnv(emulator.info, proxy.url), SELF_SERVICE_WRITES: 'admin' },
      [],
    );
  });
  afterEach(() => proxy.faults.clear());
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await emulator?.close();
  });

  /** Runs `send` and returns the user operations it made upstream, in order. */
  async function upstreamOf(send: () => Promise<unknown>): Promise<string[]> {
    const since = proxy.calls.length;
    await send();
    return proxy.operationsSince(since).filter((op) => USER_OPERATIONS.has(op));
  }

  const lastCall = (operation: string) =>
    [...proxy.calls].reverse().find((c) => c.operation === operation)?.input;

  const patch = (user: HardeningUser, attributes: Record<string, string>) =>
    request(app.getHttpServer())
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .send({ attributes });

  const remove = (user: HardeningUser, keys: string) =>
    request(app.getHttpServer())
      .delete(`/me/attributes?keys=${keys}`)
      .set('Authorization', `Bearer ${user.accessToken}`);

  it('PATCH: GetUser with the token, then AdminUpdateUserAttributes for that user', async () => {
    const user = await createUser(emulator, { name: 'Ada' });
    let res!: request.Response;
    const ops = await upstreamOf(async () => {
      res = await patch(user, { name: 'Ada Lovelace', website: 'https://example.com/ada' });
    });

    expect(res.status).toBe(200);
    expect(res.body.attributes.name).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'DONE' },
    });
    // read before, token check, admin write, read back — never the token's own write call.
    expect(ops).toEqual(['GetUser', 'GetUser', 'AdminUpdateUserAttributes', 'GetUser']);
    expect(lastCall('AdminUpdateUserAttributes')).toMatchObject({
      UserPoolId: emulator.info.userPoolId,
      Username: user.username,
    });
    expect(await user.cognitoAttributes()).toMatchObject({
      name: 'Ada Lovelace',
      website: 'https://example.com/ada',
    });
  });

  it('DELETE: GetUser with the token, then AdminDeleteUserAttributes for that user', async () => {
    const user = await createUser(emulator, { nickname: 'ada', website: 'https://example.com' });
    let status = 0;
    const ops = await upstreamOf(async () => {
      status = (await remove(user, 'nickname,website')).status;
    });

    expect(status).toBe(204);
    expect(ops).toEqual(['GetUser', 'AdminDeleteUserAttributes', 'GetUser']);
    expect(lastCall('AdminDeleteUserAttributes')).toMatchObject({
      Username: user.username,
      UserAttributeNames: ['nickname', 'website'],
    });
    const held = await user.cognitoAttributes();
    expect(held).not.toHaveProperty('nickname');
    expect(held).not.toHaveProperty('website');
  });

  it("refuses a deleted user's token before any admin write", async () => {
    const user = await createUser(emulator, { nickname: 'gone' });
    const admin = emulatorAdminClient(emulator.info);
    await admin.send(
      new AdminDeleteUserCommand({ UserPoolId: emulator.info.userPoolId, Username: user.username }),
    );
    admin.destroy();

    const ops = await upstreamOf(async () => {
      const deleted = await remove(user, 'nickname').expect(401);
      expect(deleted.body).toMatchObject({ code: 'invalid-token' });
      expect(deleted.headers['www-authenticate']).toContain('error="invalid_token"');
      await patch(user, { nickname: 'back' }).expect(401);
    });
    expect(ops).toEqual(['GetUser', 'GetUser']);
  });

  it('refuses a revoked token before any admin write, and changes nothing', async () => {
    const user = await createUser(emulator, { nickname: 'kept' });
    // Mocked: cognito-local never revokes access tokens; real Cognito answers GetUser so.
    proxy.faults.set('GetUser', {
      status: 400,
      type: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });

    const ops = await upstreamOf(async () => {
      const res = await remove(user, 'nickname').expect(401);
      expect(res.body).toMatchObject({ code: 'invalid-token' });
      await patch(user, { nickname: 'changed' }).expect(401);
    });
    expect(ops).toEqual(['GetUser', 'GetUser']);
    proxy.faults.clear();
    expect((await user.cognitoAttributes()).nickname).toBe('kept');
  });

  it('keeps an email change behind the verification code, never marking it verified', async () => {
    const user = await createUser(emulator, { name: 'Mail' });
    const newEmail = `admin-path-${user.sub}@example.com`;
    const res = await patch(user, { email: newEmail }).expect(200);

    expect(res.body.attributes.email.nextStep.updateAttributeStep).toBe(
      'CONFIRM_ATTRIBUTE_WITH_CODE',
    );
    const sent = lastCall('AdminUpdateUserAttributes') as { UserAttributes: { Name: string }[] };
    expect(sent.UserAttributes.map((a) => a.Name)).toEqual(['email']);
    // Real Cognito keeps the old address until the code is confirmed (the pool requires
    // verification before update); cognito-local's AdminUpdateUserAttributes stores the new one
    // at once, unverified. Either way it is not verified until the code comes back.
    expect((await user.cognitoAttributes()).email_verified).not.toBe('true');

    const verify = (code: string) =>
      request(app.getHttpServer())
        .post('/me/attributes/email/verify')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({ code });
    const wrong = emulator.info.verificationCode === '000000' ? '111111' : '000000';
    await verify(wrong).expect(400);
    expect((await user.cognitoAttributes()).email_verified).not.toBe('true');

    await verify(emulator.info.verificationCode).expect(204);
    expect(await user.cognitoAttributes()).toMatchObject({
      email: newEmail,
      email_verified: 'true',
    });
  });
});
