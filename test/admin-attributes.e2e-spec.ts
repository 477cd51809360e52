import request from 'supertest';
import { AuditLogger, AuditRecord } from '../src/common/audit/audit-logger';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { signJwt, strangerKey } from './support/jwt-forge';
import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';
import { refusedUnchanged } from './support/refused-unchanged';

/** Keeps audit events in memory so the tests can read what would be logged. */
class RecordingAuditLogger extends AuditLogger {
  readonly events: AuditRecord[] = [];
  protected override write(record: AuditRecord): void {
    this.events.push(record);
  }
}

// Starting an emulator and the app takes seconds on a loaded machine.
jest.setTimeout(30_000);

describe('admin: /users/:username/attributes', () => {
  let emulator: Emulator;
  let t: TestApp;
  let adminToken: string;
  let adminSub: string;
  const audit = new RecordingAuditLogger();

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({
      override: (builder) => builder.overrideProvider(AuditLogger).useValue(audit),
    }));
    adminToken = await emulator.tokenFor('admin');
    adminSub = emulator.info.users.admin.sub;
  });
  afterAll(() => stopAll(t, emulator));
  beforeEach(() => audit.events.splice(0));
  afterEach(() => jest.restoreAllMocks());

  const asAdmin = (req: request.Test) => req.set('Authorization', `Bearer ${adminToken}`);
  const url = (id: string) => `/users/${encodeURIComponent(id)}/attributes`;
  const get = (id: string) => asAdmin(request(t.server).get(url(id)));
  const patch = (id: string, body: object) => asAdmin(request(t.server).patch(url(id))).send(body);
  const del = (id: string, query: string) =>
    asAdmin(request(t.server).delete(`${url(id)}${query}`));
  const emailOf = async (user: TestUser) => (await emulator.cognitoAttributes(user.username)).email;

  const expectRefusedUnchanged = refusedUnchanged(() => emulator);

  describe('GET', () => {
    it.each(['username', 'email', 'sub'] as const)(
      'finds the user by %s and shows admin-readable attributes (custom:role included)',
      async (form) => {
        const user = await emulator.createUser({ name: 'Target', 'custom:role': 'editor' });
        const id =
          form === 'username' ? user.username : form === 'sub' ? user.sub : await emailOf(user);
        const res = await get(id).expect(200);

        expect(res.body).toEqual({ attributes: await emulator.cognitoAttributes(user.username) });
        expect(res.body.attributes['custom:role']).toBe('editor');
        expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
        expect(res.headers['cache-control']).toBe('no-store');
        await get(id)
          .set('If-None-Match', res.headers.etag as string)
          .expect(304);
        expect(audit.events[0]).toMatchObject({
          action: 'admin.attributes.read',
          actorSub: adminSub,
          subjectUsername: user.username,
          outcome: 'success',
          requestId: res.headers['x-request-id'],
        });
      },
    );

    it('finds a user whatever the case in a case-insensitive pool (DEMO@Example.com is demo)', async () => {
      const demo = emulator.info.users.demo;
      const res = await get('DEMO@Example.com').expect(200);
      expect(res.body.attributes.email).toBe('demo@example.com');
      expect(res.body).toEqual({ attributes: await emulator.cognitoAttributes(demo.sub) });
      const user = await emulator.createUser({ name: 'Cased' });
      await get(user.sub.toUpperCase()).expect(200);
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'CONSTRUCTOR'])(
      '400 for %s, before any lookup',
      async (name) => {
        const idp = t.app.get(IdentityProvider);
        const lookups = [
          jest.spyOn(idp, 'adminGetUser'),
          jest.spyOn(idp, 'findUsername'),
          jest.spyOn(idp, 'adminUpdateUserAttributes'),
          jest.spyOn(idp, 'adminDeleteUserAttributes'),
        ];
        const responses = [
          await get(name),
          await patch(name, { attributes: { name: 'x' } }),
          await del(name, '?keys=website'),
        ];
        for (const res of responses) {
          expect(res.status).toBe(400);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body).toMatchObject({ status: 400, code: 'validation-failed' });
        }
        // The caller (this admin) is confirmed with AdminGetUser; nothing else is looked up.
        const adminUsername = emulator.info.users.admin.sub;
        expect(lookups[0].mock.calls.every(([u]) => u === adminUsername)).toBe(true);
        for (const spy of lookups.slice(1)) expect(spy).not.toHaveBeenCalled();
      },
    );

    it.each([
      ['an unknown email', 'nobody@example.com'],
      ['an unknown sub', '00000000-0000-4000-8000-000000000000'],
      ['an unknown username', 'nobody'],
      ['a name with a quote', 'x"@example.com'],
    ])('404 for %s', async (_what, id) => {
      const res = await get(id).expect(404);
      expect(res.body).toMatchObject({ code: 'user-not-found' });
      expect(audit.events).toEqual([
        expect.objectContaining({ outcome: 'failure', errorCode: 'user-not-found' }),
      ]);
    });
  });

  describe('PATCH', () => {
    it('sets admin-only attributes and audits the names, never the values', async () => {
      const user = await emulator.createUser({ name: 'Worker', 'custom:role': 'user' });
      const res = await patch(user.sub, {
        attributes: { 'custom:role': 'editor', name: 'Promoted Worker' },
      }).expect(200);

      expect(res.body.attributes).toEqual({
        'custom:role': { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
        name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
      });
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        'custom:role': 'editor',
        name: 'Promoted Worker',
      });
      const read = await get(user.sub);
      expect(res.headers.etag).toBe(read.headers.etag);

      const event = audit.events.find((e) => e.action === 'admin.attributes.update');
      expect(event).toMatchObject({
        actorSub: adminSub,
        subjectUsername: user.username,
        attributeNames: ['custom:role', 'name'],
        outcome: 'success',
        requestId: res.headers['x-request-id'],
      });
      expect(JSON.stringify(audit.events)).not.toMatch(/editor|Promoted/);
    });

    it('email with email_verified "true" skips the code and takes effect at once', async () => {
      const user = await emulator.createUser();
      const newEmail = `verified-by-admin-${user.sub}@example.com`;
      const res = await patch(await emailOf(user), {
        attributes: { email: newEmail, email_verified: 'true' },
      }).expect(200);

      expect(res.body.attributes).toEqual({
        email: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
        email_verified: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
      });
      expect(await emulator.cognitoAttributes(user.username)).toMatchObject({
        email: newEmail,
        email_verified: 'true',
      });
      await get(newEmail).expect(200);
    });

    it('email without the flag needs the user to confirm a code', async () => {
      const user = await emulator.createUser();
      const newEmail = `unverified-${user.sub}@example.com`;
      const res = await patch(user.username, { attributes: { email: newEmail } }).expect(200);

      expect(res.body.attributes.email.nextStep.updateAttributeStep).toBe(
        'CONFIRM_ATTRIBUTE_WITH_CODE',
      );
      const held = await emulator.cognitoAttributes(user.username);
      expect(held.email === newEmail && held.email_verified === 'true').toBe(false);
    });

    it('sets a verified flag on its own', async () => {
      const user = await emulator.createUser();
      await patch(user.sub, { attributes: { email_verified: 'false' } }).expect(200);
      expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('false');
      await patch(user.sub, { attributes: { email_verified: 'true' } }).expect(200);
      expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('true');
    });

    it('forwards clientMetadata to AdminUpdateUserAttributes', async () => {
      const user = await emulator.createUser();
      const spy = jest.spyOn(t.app.get(IdentityProvider), 'adminUpdateUserAttributes');
      await patch(user.sub, {
        attributes: { nickname: 'n' },
        clientMetadata: { reason: 'support-ticket' },
      }).expect(200);
      expect(spy).toHaveBeenCalledWith(
        user.username,
        { nickname: 'n' },
        { reason: 'support-ticket' },
      );
    });

    describe('refusals change nothing', () => {
      let user: TestUser;
      beforeAll(async () => {
        user = await emulator.createUser({ name: 'Stable', 'custom:role': 'user' });
      });

      it.each([
        ['sub', { sub: '00000000-0000-4000-8000-000000000000' }],
        ['identities', { identities: '[]' }],
        ['cognito:*', { 'cognito:user_status': 'CONFIRMED' }],
        ['updated_at', { updated_at: '1' }],
        ['an unknown attribute', { 'custom:unknown': 'x' }],
      ])('403 for %s', async (_what, attributes) => {
        await expectRefusedUnchanged(
          user,
          () => patch(user.sub, { attributes }),
          403,
          'attribute-not-writable',
        );
      });

      it('422 for values outside the policy (custom:role enum, email_verified)', async () => {
        const res = await expectRefusedUnchanged(
          user,
          () =>
            patch(user.sub, {
              attributes: { 'custom:role': 'superuser', email_verified: 'yes', name: 'Changed' },
            }),
          422,
          'invalid-attribute-value',
        );
        expect(res.body.errors.map((e: { attribute: string }) => e.attribute)).toEqual([
          'custom:role',
          'email_verified',
        ]);
        expect(audit.events).toEqual([
          expect.objectContaining({ outcome: 'failure', errorCode: 'invalid-attribute-value' }),
        ]);
      });

      it('400 for __proto__ in attributes', async () => {
        await expectRefusedUnchanged(
          user,
          () =>
            asAdmin(request(t.server).patch(url(user.sub)))
              .set('Content-Type', 'application/json')
              .send('{"attributes":{"name":"Changed","__proto__":{"polluted":"yes"}}}'),
          400,
          'validation-failed',
        );
        expect(Object.prototype).not.toHaveProperty('polluted');
      });

      it('412 for a stale If-Match', async () => {
        await expectRefusedUnchanged(
          user,
          () => patch(user.sub, { attributes: { name: 'Changed' } }).set('If-Match', '"stale"'),
          412,
          'precondition-failed',
        );
      });

      it('404 for an unknown user', async () => {
        await patch('nobody@example.com', { attributes: { name: 'x' } }).expect(404);
      });
    });
  });

  describe('DELETE', () => {
    it('deletes what admins may write, custom:role included', async () => {
      const user = await emulator.createUser({
        'custom:role': 'editor',
        website: 'https://a.example',
      });
      const etag = (await get(user.sub)).headers.etag as string;
      await del(user.sub, '?keys=custom:role,website').set('If-Match', etag).expect(204);

      const held = await emulator.cognitoAttributes(user.username);
      expect(held).not.toHaveProperty('custom:role');
      expect(held).not.toHaveProperty('website');
      expect(audit.events.at(-1)).toMatchObject({
        action: 'admin.attributes.delete',
        subjectUsername: user.username,
        attributeNames: ['custom:role', 'website'],
        outcome: 'success',
      });
    });

    it('403 for required and protected attributes, deleting nothing', async () => {
      const user = await emulator.createUser({ website: 'https://a.example' });
      const res = await expectRefusedUnchanged(
        user,
        () => del(user.sub, '?keys=website,email,email_verified,sub'),
        403,
        'attribute-not-deletable',
      );
      expect(res.body.errors.map((e: { attribute: string }) => e.attribute)).toEqual([
        'email',
        'email_verified',
        'sub',
      ]);
    });
  });

  describe('non-admins learn nothing', () => {
    let plain: TestUser;
    let victim: TestUser;
    beforeAll(async () => {
      plain = await emulator.createUser({ name: 'Plain' });
      victim = await emulator.createUser({ name: 'Victim', 'custom:role': 'user' });
    });

    const asPlain = (req: request.Test) => req.set('Authorization', `Bearer ${plain.accessToken}`);
    const attempts: Array<[string, (id: string) => request.Test]> = [
      ['GET', (id) => asPlain(request(t.server).get(url(id)))],
      [
        'PATCH',
        (id) =>
          asPlain(request(t.server).patch(url(id))).send({
            attributes: { 'custom:role': 'admin' },
          }),
      ],
      ['PATCH with a malformed body', (id) => asPlain(request(t.server).patch(url(id))).send({})],
      ['DELETE', (id) => asPlain(request(t.server).delete(`${url(id)}?keys=custom:role`))],
    ];

    it.each(attempts)('%s → the same 403 for an existing and a missing user', async (_m, send) => {
      const existing = await expectRefusedUnchanged(
        victim,
        () => send(victim.sub),
        403,
        'forbidden',
      );
      const missing = await send('00000000-0000-4000-8000-000000000000').expect(403);
      const { requestId: _a, ...a } = existing.body;
      const { requestId: _b, ...b } = missing.body;
      expect(a).toEqual(b);
      expect(audit.events.every((e) => e.action === 'admin.access-denied')).toBe(true);
      expect(audit.events[0]).toMatchObject({ actorSub: plain.sub, outcome: 'denied' });
    });

    it('can not promote themself, through /me or the admin route', async () => {
      await expectRefusedUnchanged(
        plain,
        () =>
          asPlain(request(t.server).patch('/me/attributes')).send({
            attributes: { 'custom:role': 'admin' },
          }),
        403,
        'attribute-not-writable',
      );
      await expectRefusedUnchanged(
        plain,
        () =>
          asPlain(request(t.server).patch(url(plain.sub))).send({
            attributes: { 'custom:role': 'admin' },
          }),
        403,
        'forbidden',
      );
    });

    it('a forged token claiming the admin group is 401', async () => {
      const now = Math.floor(Date.now() / 1000);
      const forged = signJwt(
        { alg: 'RS256', kid: 'CognitoLocal' },
        {
          sub: plain.sub,
          iss: t.config.cognito.issuer,
          token_use: 'access',
          client_id: t.config.cognito.clientId,
          scope: 'aws.cognito.signin.user.admin',
          'cognito:groups': ['admin'],
          iat: now,
          exp: now + 300,
        },
        strangerKey(),
      );
      await expectRefusedUnchanged(
        victim,
        () =>
          request(t.server)
            .patch(url(victim.sub))
            .set('Authorization', `Bearer ${forged}`)
            .send({ attributes: { 'custom:role': 'admin' } }),
        401,
        'invalid-token',
      );
    });
  });
});
