import request from 'supertest';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';
import { codeSent, DONE } from './support/update-results';
import { refusedUnchanged } from './support/refused-unchanged';

describe('PATCH /me/attributes', () => {
  let emulator: Emulator;
  let t: TestApp;

  beforeAll(async () => ({ emulator, t } = await startTestApp()));
  afterAll(() => stopAll(t, emulator));

  const patch = (user: TestUser, body: unknown) =>
    request(t.server)
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .send(body as object);

  const patchRaw = (user: TestUser, json: string) =>
    request(t.server)
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .set('Content-Type', 'application/json')
      .send(json);

  const expectRefusedUnchanged = refusedUnchanged(() => emulator);

  describe('changes', () => {
    it('updates one attribute and answers in the Amplify v6 shape with the new ETag', async () => {
      const user = await emulator.createUser({ name: 'Ada' });
      const res = await patch(user, { attributes: { name: 'Ada Lovelace' } }).expect(200);

      expect(res.body).toEqual({
        attributes: { name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } } },
      });
      expect(res.headers['cache-control']).toBe('no-store');
      expect((await emulator.cognitoAttributes(user.username)).name).toBe('Ada Lovelace');

      const read = await request(t.server)
        .get('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`);
      expect(res.headers.etag).toBe(read.headers.etag);
    });

    it('updates many attributes at once, including custom ones', async () => {
      const user = await emulator.createUser();
      const attributes = {
        given_name: 'Grace',
        family_name: 'Hopper',
        'custom:display_name': 'amazing_grace',
        birthdate: '1906-12-09',
        zoneinfo: 'America/New_York',
        locale: 'en-US',
        website: 'https://example.com/grace',
      };
      const res = await patch(user, { attributes }).expect(200);

      expect(Object.keys(res.body.attributes).sort()).toEqual(Object.keys(attributes).sort());
      for (const result of Object.values(res.body.attributes)) {
        expect(result).toEqual({ isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } });
      }
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject(attributes);
    });

    it('keeps the old email until the code is confirmed, and says how the code was sent', async () => {
      const user = await emulator.createUser({ name: 'Old' });
      const oldEmail = (await emulator.cognitoAttributes(user.username)).email;
      const newEmail = `changed-${user.sub}@example.com`;
      const res = await patch(user, { attributes: { email: newEmail, name: 'New' } }).expect(200);

      expect(res.body.attributes).toEqual({
        name: DONE,
        // Masked as Cognito masks, though cognito-local sends the address in full.
        email: codeSent('email', 'EMAIL', 'c***@e***'),
      });
      const held = await emulator.cognitoAttributes(user.username);
      expect(held).toMatchObject({ email: oldEmail, email_verified: 'true', name: 'New' });
    });

    it('applies a phone number at once but marks it unverified until confirmed', async () => {
      const user = await emulator.createUser();
      const res = await patch(user, { attributes: { phone_number: '+14155550100' } }).expect(200);

      expect(res.body.attributes.phone_number).toEqual({
        isUpdated: true,
        nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE' },
      });
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        phone_number: '+14155550100',
        phone_number_verified: 'false',
      });
    });

    it('does not re-send an unchanged email (no new code, nothing pending)', async () => {
      const user = await emulator.createUser({ name: 'Form' });
      const { email } = await emulator.cognitoAttributes(user.username);
      const res = await patch(user, { attributes: { email, name: 'Form 2' } }).expect(200);

      expect(res.body.attributes.email).toEqual({
        isUpdated: true,
        nextStep: { updateAttributeStep: 'DONE' },
      });
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        email,
        email_verified: 'true',
        name: 'Form 2',
      });
    });

    it('forwards clientMetadata to Cognito', async () => {
      const user = await emulator.createUser();
      const idp = t.app.get(IdentityProvider);
      const spy = jest.spyOn(idp, 'updateUserAttributes');
      // 50 pairs, the longest key and value allowed (all 50 at full size would pass 16 KB).
      const clientMetadata: Record<string, string> = Object.fromEntries(
        Array.from({ length: 49 }, (_, i) => [`k${i}`, `v${i}`]),
      );
      clientMetadata['k'.repeat(128)] = 'v'.repeat(256);
      try {
        await patch(user, { attributes: { nickname: 'nick' }, clientMetadata }).expect(200);
        expect(spy).toHaveBeenCalledWith(
          user.accessToken,
          { nickname: 'nick' },
          clientMetadata,
          user.username, // named by the GetUser before the write (see selfTarget)
        );
      } finally {
        spy.mockRestore();
      }
      expect((await emulator.cognitoAttributes(user.username)).nickname).toBe('nick');
    });
  });

  describe('refusals change nothing', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await emulator.createUser({ name: 'Steady', 'custom:role': 'user' });
    });

    it.each([
      ['sub', { sub: '00000000-0000-4000-8000-000000000000' }],
      ['email_verified', { email_verified: 'true' }],
      ['phone_number_verified', { phone_number_verified: 'true' }],
      ['identities', { identities: '[]' }],
      ['cognito:user_status', { 'cognito:user_status': 'CONFIRMED' }],
      ['custom:role (admin-only)', { 'custom:role': 'admin' }],
      ['updated_at (read-only)', { updated_at: '1' }],
      ['an unknown attribute', { 'custom:unknown': 'x' }],
      ['a name in the wrong case', { Name: 'x' }],
    ])('403 for %s', async (_what, attributes) => {
      const res = await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes }),
        403,
        'attribute-not-writable',
      );
      expect(res.body.errors).toEqual([
        expect.objectContaining({ attribute: Object.keys(attributes)[0] }),
      ]);
    });

    it('403 listing every forbidden name, even next to allowed and invalid ones', async () => {
      const res = await expectRefusedUnchanged(
        user,
        () =>
          patch(user, {
            attributes: {
              name: 'Changed',
              email_verified: 'true',
              'custom:role': 'admin',
              birthdate: 'nope',
            },
          }),
        403,
        'attribute-not-writable',
      );
      expect(res.body.errors.map((e: { attribute: string }) => e.attribute)).toEqual([
        'email_verified',
        'custom:role',
      ]);
    });

    it('422 listing every invalid value, without echoing any value', async () => {
      const attributes = {
        email: 'not-an-email',
        phone_number: '0044 20 7946 0000',
        birthdate: '2001-02-30',
        zoneinfo: 'Mars/Olympus',
        locale: 'en_US',
        website: 'javascript:alert(1)',
        picture: '/relative.png',
        nickname: 'tab\there',
        name: 'x'.repeat(257),
        'custom:display_name': 'y'.repeat(65),
      };
      const res = await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes }),
        422,
        'invalid-attribute-value',
      );
      const problems = res.body.errors as Array<{ attribute: string; code: string }>;
      expect(new Set(problems.map((p) => p.attribute))).toEqual(new Set(Object.keys(attributes)));
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ attribute: 'email', code: 'invalid-email' }),
          expect.objectContaining({ attribute: 'phone_number', code: 'invalid-phone-number' }),
          expect.objectContaining({ attribute: 'birthdate', code: 'invalid-date' }),
          expect.objectContaining({ attribute: 'zoneinfo', code: 'invalid-zoneinfo' }),
          expect.objectContaining({ attribute: 'locale', code: 'invalid-locale' }),
          expect.objectContaining({ attribute: 'website', code: 'invalid-url' }),
          expect.objectContaining({ attribute: 'nickname', code: 'control-character' }),
          expect.objectContaining({ attribute: 'name', code: 'value-too-long' }),
          expect.objectContaining({ attribute: 'custom:display_name', code: 'value-too-long' }),
        ]),
      );
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('not-an-email');
      expect(text).not.toContain('javascript');
    });

    it.each([
      ['malformed JSON', '{"attributes": {"name": "x"'],
      ['a JSON array', '[{"attributes": {"name": "x"}}]'],
      ['attributes missing', '{}'],
      ['empty attributes', '{"attributes": {}}'],
      ['attributes as a string', '{"attributes": "name=x"}'],
      ['attributes as an array', '{"attributes": [["name", "x"]]}'],
      ['a number value', '{"attributes": {"name": 5}}'],
      ['a null value', '{"attributes": {"name": null}}'],
      ['an object value', '{"attributes": {"name": {"first": "x"}}}'],
      ['an unknown top-level field', '{"attributes": {"name": "x"}, "force": true}'],
      ['an empty attribute name', '{"attributes": {"": "x"}}'],
      ['an attribute name over 32 characters', `{"attributes": {"${'a'.repeat(33)}": "x"}}`],
    ])('400 for %s', async (_what, json) => {
      await expectRefusedUnchanged(
        user,
        () => patchRaw(user, json),
        400,
        expect.stringMatching(/^(bad-request|validation-failed)$/),
      );
    });

    it('400 for more attributes than the policy has', async () => {
      const attributes = Object.fromEntries(
        Array.from({ length: 24 }, (_, i) => [`custom:field${i}`, 'x']),
      );
      await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes }),
        400,
        'validation-failed',
      );
    });

    it('413 for a body over 16 KB', async () => {
      const attributes = { name: 'x'.repeat(17 * 1024) };
      await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes }),
        413,
        'payload-too-large',
      );
    });

    it.each([
      [
        'more than 50 pairs',
        Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])),
      ],
      ['a key over 128 characters', { ['k'.repeat(129)]: 'v' }],
      ['a value over 256 characters', { k: 'v'.repeat(257) }],
      ['a non-string value', { k: 1 }],
      ['an array', ['k', 'v']],
      ['a reserved key', { hasOwnProperty: 'v' }],
    ])('400 for clientMetadata with %s', async (_what, clientMetadata) => {
      await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes: { name: 'Changed' }, clientMetadata }),
        400,
        'validation-failed',
      );
    });
  });

  describe('prototype keys', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await emulator.createUser({ name: 'Proto' });
    });
    afterEach(() => {
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it.each([
      ['__proto__ in attributes', '{"attributes": {"__proto__": {"polluted": "yes"}}}'],
      ['__proto__ next to a valid change', '{"attributes": {"name": "Changed", "__proto__": "x"}}'],
      [
        'constructor next to a valid change',
        '{"attributes": {"name": "Changed", "constructor": "x"}}',
      ],
      ['prototype in attributes', '{"attributes": {"prototype": "x"}}'],
      ['toString in attributes', '{"attributes": {"toString": "x"}}'],
      [
        '__proto__ in clientMetadata',
        '{"attributes": {"name": "Changed"}, "clientMetadata": {"__proto__": {"polluted": "yes"}}}',
      ],
      [
        '__proto__ at the top level',
        '{"attributes": {"name": "Changed"}, "__proto__": {"isAdmin": true}}',
      ],
    ])('400 for %s, never merged', async (_what, json) => {
      const res = await expectRefusedUnchanged(
        user,
        () => patchRaw(user, json),
        400,
        'validation-failed',
      );
      expect(res.body.errors.length).toBeGreaterThan(0);
    });
  });

  describe('If-Match (two clients)', () => {
    it('lets the first writer win and answers 412 to the second, which changes nothing', async () => {
      const user = await emulator.createUser({ name: 'Shared' });
      const read = () =>
        request(t.server).get('/me/attributes').set('Authorization', `Bearer ${user.accessToken}`);
      const etagA = (await read()).headers.etag as string;
      const etagB = (await read()).headers.etag as string;
      expect(etagA).toBe(etagB);

      const first = await patch(user, { attributes: { name: 'From A' } })
        .set('If-Match', etagA)
        .expect(200);
      expect(first.headers.etag).not.toBe(etagA);

      const second = await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes: { name: 'From B' } }).set('If-Match', etagB),
        412,
        'precondition-failed',
      );
      expect(second.headers.etag).toBe(first.headers.etag);
      expect((await emulator.cognitoAttributes(user.username)).name).toBe('From A');

      // B re-reads, then succeeds with the current tag.
      const fresh = (await read()).headers.etag as string;
      await patch(user, { attributes: { name: 'From B' } })
        .set('If-Match', fresh)
        .expect(200);
      expect((await emulator.cognitoAttributes(user.username)).name).toBe('From B');
    });

    it('accepts * and a list containing the current tag; refuses a weak tag', async () => {
      const user = await emulator.createUser({ name: 'Tags' });
      await patch(user, { attributes: { name: 'Star' } })
        .set('If-Match', '*')
        .expect(200);
      const etag = (
        await request(t.server)
          .get('/me/attributes')
          .set('Authorization', `Bearer ${user.accessToken}`)
      ).headers.etag as string;
      await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes: { name: 'Weak' } }).set('If-Match', `W/${etag}`),
        412,
        'precondition-failed',
      );
      await patch(user, { attributes: { name: 'Listed' } })
        .set('If-Match', `"old", ${etag}`)
        .expect(200);
      expect((await emulator.cognitoAttributes(user.username)).name).toBe('Listed');
    });

    it('checks values before the precondition: a bad body is 4xx even with a stale tag', async () => {
      const user = await emulator.createUser();
      await expectRefusedUnchanged(
        user,
        () => patch(user, { attributes: { sub: 'x' } }).set('If-Match', '"stale"'),
        403,
        'attribute-not-writable',
      );
    });
  });
});
