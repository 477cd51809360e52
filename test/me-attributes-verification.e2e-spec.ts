import request from 'supertest';
import { AppError } from '../src/common/errors/app-error';
import { mapCognitoError } from '../src/identity-provider/cognito-error-mapper';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';
import { refusedUnchanged } from './support/refused-unchanged';

/** An error exactly as the AWS SDK throws it, translated by the adapter's own mapper. */
const cognitoError = (name: string): AppError =>
  mapCognitoError(Object.assign(new Error(`${name} from Cognito`), { name }), 'self');

describe('email and phone verification', () => {
  let emulator: Emulator;
  let t: TestApp;
  let code: string;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp());
    code = emulator.info.verificationCode;
  });
  afterAll(() => stopAll(t, emulator));
  afterEach(() => jest.restoreAllMocks());

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.accessToken}` });
  const read = (user: TestUser) => request(t.server).get('/me/attributes').set(auth(user));
  const patch = (user: TestUser, attributes: Record<string, string>) =>
    request(t.server).patch('/me/attributes').set(auth(user)).send({ attributes });
  const sendCode = (user: TestUser, key: string, body: object = {}) =>
    request(t.server).post(`/me/attributes/${key}/verification-code`).set(auth(user)).send(body);
  const verify = (user: TestUser, key: string, body: object) =>
    request(t.server).post(`/me/attributes/${key}/verify`).set(auth(user)).send(body);

  /** A user with an email change pending, and both addresses. */
  async function withPendingEmail(): Promise<{
    user: TestUser;
    oldEmail: string;
    newEmail: string;
  }> {
    const user = await emulator.createUser({ name: 'Pending' });
    const oldEmail = (await emulator.cognitoAttributes(user.username)).email;
    const newEmail = `new-${user.sub}@example.com`;
    await patch(user, { email: newEmail }).expect(200);
    return { user, oldEmail, newEmail };
  }

  const expectRefusedUnchanged = refusedUnchanged(() => emulator);

  it('changes an email end to end: PATCH → code → verify → GET', async () => {
    const { user, oldEmail, newEmail } = await withPendingEmail();
    expect((await read(user)).body.attributes.email).toBe(oldEmail);

    const sent = await sendCode(user, 'email').expect(202);
    expect(sent.body).toEqual({
      codeDeliveryDetails: expect.objectContaining({ attributeName: 'email' }),
    });

    const verified = await verify(user, 'email', { code }).expect(204);

    const after = await read(user).expect(200);
    expect(after.body.attributes).toMatchObject({ email: newEmail, email_verified: 'true' });
    expect(verified.headers.etag).toBe(after.headers.etag);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      email: newEmail,
      email_verified: 'true',
      name: 'Pending',
    });
  });

  it('keeps a pending email change when other attributes change in the same PATCH', async () => {
    const user = await emulator.createUser({ name: 'Before' });
    const newEmail = `mixed-${user.sub}@example.com`;
    await patch(user, { name: 'After', email: newEmail, nickname: 'nick' }).expect(200);
    await verify(user, 'email', { code }).expect(204);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      email: newEmail,
      email_verified: 'true',
      name: 'After',
      nickname: 'nick',
    });
  });

  it('(cognito-local only) loses a pending email change when a later PATCH changes another attribute', async () => {
    const { user, oldEmail } = await withPendingEmail();
    await patch(user, { nickname: 'later' }).expect(200);
    await verify(user, 'email', { code }).expect(204);
    // Real Cognito keeps the pending change; the emulator forgets it (see docs/decisions.md).
    expect((await emulator.cognitoAttributes(user.username)).email).toBe(oldEmail);
  });

  it('verifies a new phone number', async () => {
    const user = await emulator.createUser();
    await patch(user, { phone_number: '+14155550123' }).expect(200);
    await sendCode(user, 'phone_number').expect(202);
    await verify(user, 'phone_number', { code }).expect(204);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
      phone_number: '+14155550123',
      phone_number_verified: 'true',
    });
  });

  it('forwards clientMetadata when sending a code', async () => {
    // No pending change: GetUserAttributeVerificationCode (a pending one: see the next test).
    const user = await emulator.createUser({
      phone_number: '+14155550166',
      phone_number_verified: 'false',
    });
    const spy = jest.spyOn(t.app.get(IdentityProvider), 'sendAttributeVerificationCode');
    await sendCode(user, 'phone_number', { clientMetadata: { source: 'settings' } }).expect(202);
    expect(spy).toHaveBeenCalledWith(user.accessToken, 'phone_number', { source: 'settings' });
  });

  it('forwards clientMetadata when resending during a pending change (the update is re-issued)', async () => {
    const { user, newEmail } = await withPendingEmail();
    const spy = jest.spyOn(t.app.get(IdentityProvider), 'updateUserAttributes');
    await sendCode(user, 'email', { clientMetadata: { source: 'settings' } }).expect(202);
    expect(spy).toHaveBeenCalledWith(user.accessToken, { email: newEmail }, { source: 'settings' });
  });

  it('sends a code with no body at all (the body is optional)', async () => {
    // No pending change (an unverified email), so the code goes through
    // GetUserAttributeVerificationCode rather than a re-issued update.
    const user = await emulator.createUser({ email_verified: 'false' });
    const spy = jest.spyOn(t.app.get(IdentityProvider), 'sendAttributeVerificationCode');
    const res = await request(t.server)
      .post('/me/attributes/email/verification-code')
      .set(auth(user))
      .expect(202);
    expect(res.body.codeDeliveryDetails).toMatchObject({ attributeName: 'email' });
    expect(spy).toHaveBeenCalledWith(user.accessToken, 'email', undefined);
  });

  // Mocked answer: cognito-local's GetUserAttributeVerificationCode returns no delivery details.
  it.each([
    ['email', { deliveryMedium: 'EMAIL', destination: 'someone.else@example.com' }, 's***@e***'],
    ['phone_number', { deliveryMedium: 'SMS', destination: '+14155550123' }, '+*******0123'],
  ] as const)(
    'masks the %s destination as Cognito does, whatever the provider answers',
    async (key, details, masked) => {
      // An unverified value and no pending change: the provider's answer is what is masked.
      const user = await emulator.createUser(
        key === 'email'
          ? { email_verified: 'false' }
          : { phone_number: '+14155550123', phone_number_verified: 'false' },
      );
      jest
        .spyOn(t.app.get(IdentityProvider), 'sendAttributeVerificationCode')
        .mockResolvedValue({ attributeName: key, ...details });
      const res = await sendCode(user, key).expect(202);
      expect(res.body).toEqual({
        codeDeliveryDetails: { attributeName: key, ...details, destination: masked },
      });
    },
  );

  describe('refusals', () => {
    it.each([
      ['name', 403, 'attribute-not-verifiable'],
      ['custom:role', 403, 'attribute-not-verifiable'],
      ['email_verified', 403, 'attribute-not-verifiable'],
      ['custom:nope', 403, 'attribute-not-verifiable'],
      ['__proto__', 400, 'validation-failed'],
    ])('%s can not be verified (%i)', async (key, status, problem) => {
      const { user } = await withPendingEmail();
      await expectRefusedUnchanged(
        user,
        () => verify(user, encodeURIComponent(key), { code }),
        status,
        problem,
      );
      await expectRefusedUnchanged(
        user,
        () => sendCode(user, encodeURIComponent(key)),
        status,
        problem,
      );
    });

    it('409 when there is nothing to verify (no phone number, or a verified one)', async () => {
      const user = await emulator.createUser();
      await expectRefusedUnchanged(
        user,
        () => verify(user, 'phone_number', { code }),
        409,
        'nothing-to-verify',
      );
      await expectRefusedUnchanged(
        user,
        () => sendCode(user, 'phone_number'),
        409,
        'nothing-to-verify',
      );

      const verifiedPhone = await emulator.createUser({
        phone_number: '+14155550199',
        phone_number_verified: 'true',
      });
      await expectRefusedUnchanged(
        verifiedPhone,
        () => verify(verifiedPhone, 'phone_number', { code }),
        409,
        'nothing-to-verify',
      );
    });

    it.each([
      ['missing', {}],
      ['5 digits', { code: '12345' }],
      ['7 digits', { code: '1234567' }],
      ['letters', { code: 'abcdef' }],
      ['padded', { code: ' 123456' }],
      ['empty', { code: '' }],
    ])('400 code-mismatch for a %s code, before Cognito is asked', async (_what, body) => {
      const { user } = await withPendingEmail();
      const spy = jest.spyOn(t.app.get(IdentityProvider), 'verifyUserAttribute');
      await expectRefusedUnchanged(user, () => verify(user, 'email', body), 400, 'code-mismatch');
      expect(spy).not.toHaveBeenCalled();
      // The pending change survives: the right code still works.
      await verify(user, 'email', { code }).expect(204);
    });

    it('400 for a code of the wrong JSON type', async () => {
      const { user } = await withPendingEmail();
      await expectRefusedUnchanged(
        user,
        () => verify(user, 'email', { code: 123456 }),
        400,
        'validation-failed',
      );
    });

    it('400 code-mismatch for a wrong code (cognito-local checks it once a code was issued)', async () => {
      const { user, newEmail } = await withPendingEmail();
      await expectRefusedUnchanged(
        user,
        () => verify(user, 'email', { code: '000000' }),
        400,
        'code-mismatch',
      );
      await verify(user, 'email', { code }).expect(204);
      expect((await emulator.cognitoAttributes(user.username)).email).toBe(newEmail);
    });

    it('400 code-mismatch and code-expired when Cognito says so (mocked: the emulator never expires codes)', async () => {
      const { user, newEmail } = await withPendingEmail();
      const idp = t.app.get(IdentityProvider);
      jest
        .spyOn(idp, 'verifyUserAttribute')
        .mockRejectedValueOnce(cognitoError('CodeMismatchException'))
        .mockRejectedValueOnce(cognitoError('ExpiredCodeException'));

      await expectRefusedUnchanged(
        user,
        () => verify(user, 'email', { code: '654321' }),
        400,
        'code-mismatch',
      );
      const expired = await expectRefusedUnchanged(
        user,
        () => verify(user, 'email', { code }),
        400,
        'code-expired',
      );
      expect(JSON.stringify(expired.body)).not.toContain('from Cognito');

      await sendCode(user, 'email').expect(202);
      await verify(user, 'email', { code }).expect(204);
      expect((await emulator.cognitoAttributes(user.username)).email).toBe(newEmail);
    });

    it('429 after 5 wrong codes, with Retry-After, even for the right code', async () => {
      const { user, oldEmail } = await withPendingEmail();
      for (let i = 0; i < 5; i++) {
        await verify(user, 'email', { code: i % 2 ? '000000' : 'bad' }).expect(400);
      }
      const spy = jest.spyOn(t.app.get(IdentityProvider), 'verifyUserAttribute');
      const res = await expectRefusedUnchanged(
        user,
        () => verify(user, 'email', { code }),
        429,
        'too-many-requests',
      );
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(spy).not.toHaveBeenCalled();
      expect((await emulator.cognitoAttributes(user.username)).email).toBe(oldEmail);

      // The limit is per user: someone else is not affected.
      const other = await withPendingEmail();
      await verify(other.user, 'email', { code }).expect(204);
    });

    it('does not count attempts Cognito could not judge (outage)', async () => {
      const { user, newEmail } = await withPendingEmail();
      jest
        .spyOn(t.app.get(IdentityProvider), 'verifyUserAttribute')
        .mockRejectedValue(cognitoError('InternalErrorException'));
      for (let i = 0; i < 6; i++) {
        await verify(user, 'email', { code }).expect(503);
      }
      jest.restoreAllMocks();
      await verify(user, 'email', { code }).expect(204);
      expect((await emulator.cognitoAttributes(user.username)).email).toBe(newEmail);
    });

    it('502 when Cognito cannot deliver the code (mocked)', async () => {
      const user = await emulator.createUser({
        phone_number: '+14155550167',
        phone_number_verified: 'false',
      });
      jest
        .spyOn(t.app.get(IdentityProvider), 'sendAttributeVerificationCode')
        .mockRejectedValueOnce(cognitoError('CodeDeliveryFailureException'));
      const res = await sendCode(user, 'phone_number').expect(502);
      expect(res.body).toMatchObject({ code: 'code-delivery-failed' });
    });

    it('502 when Cognito cannot deliver the code to a pending address (mocked)', async () => {
      const { user } = await withPendingEmail();
      jest
        .spyOn(t.app.get(IdentityProvider), 'updateUserAttributes')
        .mockRejectedValueOnce(cognitoError('CodeDeliveryFailureException'));
      const res = await sendCode(user, 'email').expect(502);
      expect(res.body).toMatchObject({ code: 'code-delivery-failed' });
    });
  });

  describe('a refused second call undoes the first (mocked: the emulator has no alias check)', () => {
    it('409 alias-exists, and the plain attributes are restored', async () => {
      const user = await emulator.createUser({ name: 'Original' });
      const before = await emulator.cognitoAttributes(user.username);
      const idp = t.app.get(IdentityProvider);
      const realUpdate = idp.updateUserAttributes.bind(idp);
      jest
        .spyOn(idp, 'updateUserAttributes')
        .mockImplementation((token, attributes, meta) =>
          'email' in attributes
            ? Promise.reject(cognitoError('AliasExistsException'))
            : realUpdate(token, attributes, meta),
        );

      const res = await patch(user, {
        name: 'Changed',
        website: 'https://example.com/new',
        email: `taken-${user.sub}@example.com`,
      }).expect(409);
      expect(res.body).toMatchObject({ code: 'alias-exists' });
      expect(await emulator.cognitoAttributes(user.username)).toEqual(before);
    });
  });
});
