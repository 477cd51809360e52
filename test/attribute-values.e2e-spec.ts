import { ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createTestApp, TestApp } from './support/test-app';
import { refusedUnchanged } from './support/refused-unchanged';

const PASSWORD = 'Correct-Horse-7';

/**
 * Values that look blank or deceive, and the spelling of email addresses, on every write path:
 * PATCH /me, admin PATCH and sign-up share the validator and the normalisation.
 */
describe('attribute values on every write path', () => {
  let emulator: Emulator;
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await createTestApp(emulator);
    adminToken = await emulator.tokenFor('admin');
  }, 30_000);
  afterAll(async () => {
    await t?.close();
    await emulator?.stop();
  });

  const expectRefusedUnchanged = refusedUnchanged(() => emulator);
  const patchMe = (user: TestUser, attributes: Record<string, string>) =>
    request(t.server)
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .send({ attributes });
  const patchAsAdmin = (username: string, attributes: Record<string, string>) =>
    request(t.server)
      .patch(`/users/${encodeURIComponent(username)}/attributes`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ attributes });
  const signUp = (username: string, attributes: Record<string, string> = {}) =>
    request(t.server).post('/sign-up').send({ username, password: PASSWORD, attributes });

  /** Every user Cognito holds whose email is `email` in any spelling. */
  async function usersWithEmail(email: string): Promise<string[]> {
    const out = await emulator.cognito.send(
      new ListUsersCommand({ UserPoolId: emulator.info.userPoolId }),
    );
    return (out.Users ?? [])
      .filter((u) =>
        u.Attributes?.some((a) => a.Name === 'email' && a.Value?.toLowerCase() === email),
      )
      .map((u) => u.Username!);
  }

  const userExists = async (username: string) =>
    (await emulator.cognitoUser(username)) !== undefined;

  const DECEPTIVE: [string, Record<string, string>, string[]][] = [
    ['a zero-width-only name', { name: '\u200B\u200B\u200B' }, ['name:value-empty']],
    ['a right-to-left override', { name: 'Ada\u202Egpj.exe' }, ['name:bidi-control']],
    ['an isolate', { nickname: 'a\u2067b\u2069' }, ['nickname:bidi-control']],
    ['a zero-width space inside', { name: 'Ad\u200Ba' }, ['name:invisible-character']],
    [
      'a BOM',
      { 'custom:display_name': '\uFEFFgrace' },
      ['custom:display_name:value-padded', 'custom:display_name:invisible-character'],
    ],
    [
      'padding',
      { given_name: ' Ada ', family_name: 'King\u00A0' },
      ['given_name:value-padded', 'family_name:value-padded'],
    ],
    ['a birthdate in the future', { birthdate: '2999-01-01' }, ['birthdate:date-in-future']],
  ];
  const codesOf = (res: request.Response) =>
    (res.body.errors as { attribute: string; code: string }[]).map(
      (e) => `${e.attribute}:${e.code}`,
    );

  describe.each(DECEPTIVE)('%s', (_what, attributes, expected) => {
    it('is refused on PATCH /me with 422, each problem listed, and nothing changes', async () => {
      const user = await emulator.createUser({ name: 'Ada' });
      const res = await expectRefusedUnchanged(
        user,
        () => patchMe(user, attributes),
        422,
        'invalid-attribute-value',
      );
      expect(codesOf(res).sort()).toEqual([...expected].sort());
    });

    it('is refused on admin PATCH the same way', async () => {
      const user = await emulator.createUser({ name: 'Ada' });
      const res = await expectRefusedUnchanged(
        user,
        () => patchAsAdmin(user.username, attributes),
        422,
        'invalid-attribute-value',
      );
      expect(codesOf(res).sort()).toEqual([...expected].sort());
    });

    it('is refused at sign-up, creating nothing', async () => {
      const username = `new-${randomUUID()}@example.com`;
      const res = await signUp(username, attributes).expect(422);
      expect(res.body.code).toBe('invalid-attribute-value');
      expect(codesOf(res).sort()).toEqual([...expected].sort());
      expect(await userExists(username)).toBe(false);
    });
  });

  it('accepts ordinary names in any script, inner spaces and a past birthdate', async () => {
    const user = await emulator.createUser();
    const attributes = { name: 'Zoë Ωμέγα-李', nickname: 'محمد علي', birthdate: '1815-12-10' };
    await patchMe(user, attributes).expect(200);
    expect(await emulator.cognitoAttributes(user.username)).toMatchObject(attributes);
  });

  describe('email case', () => {
    it('signs DEMO@example.com up as nobody new: 409, and Cognito has exactly one such user', async () => {
      const demo = emulator.info.users.demo.username;
      const before = await emulator.cognitoAttributes(demo);
      const res = await signUp(demo.toUpperCase()).expect(409);
      expect(res.body.code).toBe('username-exists');
      expect(await usersWithEmail(demo.toLowerCase())).toHaveLength(1);
      expect(await emulator.cognitoAttributes(demo)).toEqual(before);
    });

    it('stores a mixed-case sign-up lower-cased, as username and email', async () => {
      const id = randomUUID();
      const res = await signUp(`New.${id}@Example.COM`, { email: `NEW.${id}@example.com` }).expect(
        201,
      );
      const email = `new.${id}@example.com`;
      expect((await emulator.cognitoAttributes(email)).email).toBe(email);
      expect((await emulator.cognitoAttributes(email)).sub).toBe(res.body.userSub);
      expect(await usersWithEmail(email)).toHaveLength(1);
    });

    it("stores a user's own mixed-case email change lower-cased once confirmed", async () => {
      const user = await emulator.createUser();
      const email = `moved-${randomUUID()}@example.com`;
      const res = await patchMe(user, { email: email.toUpperCase() }).expect(200);
      expect(res.body.attributes.email.nextStep.updateAttributeStep).toBe(
        'CONFIRM_ATTRIBUTE_WITH_CODE',
      );
      await request(t.server)
        .post('/me/attributes/email/verify')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({ code: emulator.info.verificationCode })
        .expect(204);
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        email,
        email_verified: 'true',
      });
    });

    it('lands an admin-set mixed-case email lower-cased', async () => {
      const user = await emulator.createUser();
      const email = `admin-set-${randomUUID()}@example.com`;
      await patchAsAdmin(user.username, {
        email: email.toUpperCase(),
        email_verified: 'true',
      }).expect(200);
      expect((await emulator.cognitoAttributes(user.username)).email).toBe(email);
    });

    it("sends a case variant of another user's email as that email: the other user is untouched", async () => {
      const other = await emulator.createUser();
      const otherEmail = (await emulator.cognitoAttributes(other.username)).email;
      const user = await emulator.createUser();
      const before = await emulator.cognitoAttributes(user.username);
      const otherBefore = await emulator.cognitoAttributes(other.username);
      const res = await patchMe(user, { email: otherEmail.toUpperCase() }).expect(200);
      // The pool requires verification before an email change: nothing is in effect yet, and
      // Cognito enforces alias uniqueness when the code is confirmed (cognito-local does not).
      expect(res.body.attributes.email.isUpdated).toBe(false);
      expect(await emulator.cognitoAttributes(user.username)).toEqual(before);
      expect(await emulator.cognitoAttributes(other.username)).toEqual(otherBefore);
      expect(await usersWithEmail(otherEmail)).toEqual([other.username]);
    });
  });
});
