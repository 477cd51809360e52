import request from 'supertest';
import { AuditLogger } from '../src/common/audit/audit-logger';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { fetchAccessToken } from '../src/local-cognito/token-client';
import { Emulator, TestUser } from './support/emulator';
import { createInstance, startTestApp, stopAll, TestApp } from './support/test-app';
import { decodeJwtPayload, emulatorKey, signJwt } from './support/jwt-forge';
import { refusedUnchanged } from './support/refused-unchanged';

/**
 * Changing or deleting email / phone_number needs a recent sign-in (`auth_time` within
 * STEP_UP_MAX_AGE_SECONDS, default 900): a session left open on a shared device can't be used to
 * move the account to another inbox. Old sign-ins are tokens re-signed with the emulator's own
 * key with an earlier `auth_time` — otherwise exactly the claims the emulator issued.
 */
describe('step-up: recent sign-in for contact changes', () => {
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let t: TestApp;
  const header = { alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' };
  const now = (): number => Math.floor(Date.now() / 1000);

  beforeAll(async () => ({ emulator, t } = await startTestApp()));
  afterAll(() => stopAll(t, emulator));
  afterEach(() => jest.restoreAllMocks());

  /** The user's own token, as if they had signed in `ageSeconds` ago (undefined: no auth_time). */
  const signedInAgo = (user: TestUser, ageSeconds: number | undefined): string => {
    const claims: Record<string, unknown> = {
      ...decodeJwtPayload(user.accessToken),
      iat: now(),
      exp: now() + 600,
      auth_time: ageSeconds === undefined ? undefined : now() - ageSeconds,
    };
    return signJwt(header, claims, emulatorKey());
  };
  const patch = (token: string, attributes: Record<string, string>) =>
    request(t.server)
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${token}`)
      .send({ attributes });
  const read = (token: string) =>
    request(t.server).get('/me/attributes').set('Authorization', `Bearer ${token}`);
  const expectRefusedUnchanged = refusedUnchanged(() => emulator);

  const expectStepUpChallenge = (res: request.Response, names: string[]) => {
    expect(res.headers['www-authenticate']).toMatch(
      /^Bearer realm="profile-bff", error="insufficient_user_authentication", error_description="[^"]+", max_age=900$/,
    );
    expect(res.body).toMatchObject({ status: 401, code: 'step-up-required' });
    expect(res.body.errors.map((e: { attribute: string }) => e.attribute)).toEqual(names);
  };

  it('the emulator sets auth_time at sign-in, so a fresh sign-in is recent', async () => {
    const user = await emulator.createUser();
    const { auth_time: authTime, iat } = decodeJwtPayload(user.accessToken);
    expect(typeof authTime).toBe('number');
    expect(authTime).toBe(iat);
    expect(Math.abs(now() - (authTime as number))).toBeLessThan(60);
  });

  it('refuses an email change with a 20-minute-old sign-in: 401, Cognito unchanged, nothing sent', async () => {
    const user = await emulator.createUser({ name: 'Old session' });
    const old = signedInAgo(user, 20 * 60);
    const update = jest.spyOn(t.app.get(IdentityProvider), 'updateUserAttributes');
    const res = await expectRefusedUnchanged(
      user,
      () => patch(old, { name: 'Attacker', email: `attacker-${user.sub}@example.com` }),
      401,
      'step-up-required',
    );
    expectStepUpChallenge(res, ['email']);
    expect(update).not.toHaveBeenCalled();
    // No pending change either: GET shows none.
    expect((await read(user.accessToken).expect(200)).body.pending).toBeUndefined();
  });

  it('refuses a phone change and a phone deletion the same way', async () => {
    const user = await emulator.createUser({
      phone_number: '+14155550142',
      phone_number_verified: 'true',
    });
    const old = signedInAgo(user, 3600);
    const res = await expectRefusedUnchanged(
      user,
      () => patch(old, { phone_number: '+14155550143' }),
      401,
      'step-up-required',
    );
    expectStepUpChallenge(res, ['phone_number']);
    const deleted = await expectRefusedUnchanged(
      user,
      () =>
        request(t.server)
          .delete('/me/attributes?keys=phone_number,website')
          .set('Authorization', `Bearer ${old}`),
      401,
      'step-up-required',
    );
    expectStepUpChallenge(deleted, ['phone_number']);
  });

  it('refuses a token without auth_time: its sign-in cannot be dated', async () => {
    const user = await emulator.createUser();
    const undated = signedInAgo(user, undefined);
    expect(decodeJwtPayload(undated)).not.toHaveProperty('auth_time');
    await expectRefusedUnchanged(
      user,
      () => patch(undated, { email: `undated-${user.sub}@example.com` }),
      401,
      'step-up-required',
    );
  });

  it('lets an old sign-in change everything else — and send an unchanged email along', async () => {
    const user = await emulator.createUser({ name: 'Before' });
    const { email } = await emulator.cognitoAttributes(user.username);
    const old = signedInAgo(user, 3600);
    await patch(old, { name: 'After', email }).expect(200);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({ name: 'After', email });
  });

  it('accepts a sign-in just inside the window (14 minutes ago)', async () => {
    const user = await emulator.createUser();
    const newEmail = `inside-${user.sub}@example.com`;
    const res = await patch(signedInAgo(user, 14 * 60), { email: newEmail }).expect(200);
    expect(res.body.attributes.email.nextStep.updateAttributeStep).toBe(
      'CONFIRM_ATTRIBUTE_WITH_CODE',
    );
  });

  it('after a fresh sign-in the same change goes through, end to end', async () => {
    const user = await emulator.createUser();
    const newEmail = `fresh-${user.sub}@example.com`;
    await patch(signedInAgo(user, 3600), { email: newEmail }).expect(401);

    const { accessToken: fresh } = await fetchAccessToken(
      emulator.info,
      user.username,
      user.password,
    );
    const res = await patch(fresh, { email: newEmail }).expect(200);
    expect(res.body.attributes.email).toMatchObject({
      isUpdated: false,
      nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE' },
    });
    await request(t.server)
      .post('/me/attributes/email/verify')
      .set('Authorization', `Bearer ${fresh}`)
      .send({ code: emulator.info.verificationCode })
      .expect(204);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      email: newEmail,
      email_verified: 'true',
    });
  });

  it('audits the refusal with attribute names only', async () => {
    const user = await emulator.createUser();
    const record = jest.spyOn(t.app.get(AuditLogger), 'record');
    const newEmail = `audited-${user.sub}@example.com`;
    await patch(signedInAgo(user, 3600), { email: newEmail, name: 'x' }).expect(401);
    const events = record.mock.calls.map(([event]) => event);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'self.step-up.refused',
        actorSub: user.sub,
        attributeNames: ['email'],
        outcome: 'denied',
        errorCode: 'step-up-required',
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'self.attributes.update',
        outcome: 'failure',
        errorCode: 'step-up-required',
      }),
    );
    expect(JSON.stringify(events)).not.toContain(newEmail);
  });

  describe('with STEP_UP_MAX_AGE_SECONDS=0', () => {
    let off: TestApp;
    beforeAll(async () => {
      off = await createInstance(emulator, { STEP_UP_MAX_AGE_SECONDS: '0' });
    });
    afterAll(() => off?.close());

    it('the rule is off: an old sign-in may change the email, and the schema says none needs it', async () => {
      const user = await emulator.createUser();
      const newEmail = `off-${user.sub}@example.com`;
      await request(off.url)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${signedInAgo(user, 86_400)}`)
        .send({ attributes: { email: newEmail } })
        .expect(200);
      const schema = await request(off.url).get('/attributes/schema').expect(200);
      expect(schema.body.stepUp).toEqual({ maxAgeSeconds: 0 });
      expect(schema.body.attributes.filter((a: { stepUp: boolean }) => a.stepUp)).toEqual([]);
    });
  });
});
