import {
  CognitoIdentityProviderClient,
  InvalidPasswordException,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { fetchAccessToken } from '../src/local-cognito/token-client';
import { PoolSettings } from '../src/identity-provider/pool-settings';
import { Emulator } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';

const PASSWORD = 'Correct-Horse-7';
const newUsername = (): string => `new-${randomUUID()}@example.com`;

describe('sign-up', () => {
  let emulator: Emulator;
  let t: TestApp;

  beforeAll(async () => ({ emulator, t } = await startTestApp()));
  afterAll(() => stopAll(t, emulator));

  const cognitoUser = (username: string) => emulator.cognitoUser(username);

  const signUp = (body: unknown) =>
    request(t.server)
      .post('/sign-up')
      .set('Content-Type', 'application/json')
      .send(body as object);

  function expectProblem(res: request.Response, status: number, code: string): void {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
    expect(JSON.stringify(res.body)).not.toMatch(/Exception|stack|Correct-Horse/);
  }

  describe('POST /sign-up → confirm → sign in', () => {
    it('creates the user with its attributes, confirms it with the code, and shows them on /me', async () => {
      const username = newUsername();
      const res = await signUp({
        username,
        password: PASSWORD,
        attributes: { name: 'New User', 'custom:display_name': 'newbie', locale: 'en-GB' },
        clientMetadata: { source: 'web' },
      }).expect(201);

      expect(res.body).toEqual({
        userSub: expect.stringMatching(/^[0-9a-f-]{36}$/),
        userConfirmed: false,
        nextStep: {
          signUpStep: 'CONFIRM_SIGN_UP',
          // cognito-local sends the full address; the BFF masks it as Cognito does.
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: 'n***@e***',
          },
        },
      });
      const created = await cognitoUser(username);
      expect(created?.UserStatus).toBe('UNCONFIRMED');
      expect(await emulator.cognitoAttributes(username)).toEqual({
        sub: res.body.userSub,
        email: username,
        name: 'New User',
        'custom:display_name': 'newbie',
        locale: 'en-GB',
      });

      await request(t.server)
        .post('/sign-up/confirm')
        .send({ username, code: emulator.info.verificationCode })
        .expect(204);
      expect((await cognitoUser(username))?.UserStatus).toBe('CONFIRMED');

      const { accessToken } = await fetchAccessToken(emulator.info, username, PASSWORD);
      const me = await request(t.server)
        .get('/me/attributes')
        .set('Authorization', `Bearer ${accessToken}`)
        .expect(200);
      expect(me.body.attributes).toMatchObject({
        sub: res.body.userSub,
        email: username,
        'custom:display_name': 'newbie',
      });
    });

    it('works without attributes: the email comes from the username', async () => {
      const username = newUsername();
      await signUp({ username, password: PASSWORD }).expect(201);
      expect(await emulator.cognitoAttributes(username)).toMatchObject({ email: username });
    });
  });

  describe('refusals: nothing is created', () => {
    it.each([
      ['custom:role', 'admin', 'attribute-not-allowed-at-sign-up'],
      ['email_verified', 'true', 'attribute-not-allowed-at-sign-up'],
      ['phone_number_verified', 'true', 'attribute-not-allowed-at-sign-up'],
      ['sub', '00000000-0000-4000-8000-000000000000', 'attribute-not-allowed-at-sign-up'],
      ['identities', '[]', 'attribute-not-allowed-at-sign-up'],
      ['updated_at', '0', 'attribute-not-allowed-at-sign-up'],
      ['custom:unknown', 'x', 'unknown-attribute'],
    ])('403 for %s', async (name, value, reason) => {
      const username = newUsername();
      const res = await signUp({
        username,
        password: PASSWORD,
        attributes: { 'custom:display_name': 'ok', [name]: value },
      });
      expectProblem(res, 403, 'attribute-not-writable');
      expect(res.body.errors).toEqual([
        { attribute: name, code: reason, message: expect.any(String) },
      ]);
      expect(await cognitoUser(username)).toBeUndefined();
    });

    it('422 listing every invalid value', async () => {
      const username = newUsername();
      const res = await signUp({
        username,
        password: PASSWORD,
        attributes: {
          birthdate: '1990-02-30',
          'custom:display_name': 'x'.repeat(65),
          locale: 'en_US',
          website: 'javascript:alert(1)',
          name: 42,
        },
      });
      expectProblem(res, 422, 'invalid-attribute-value');
      expect(res.body.errors.map((e: { attribute: string; code: string }) => e)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ attribute: 'birthdate', code: 'invalid-date' }),
          expect.objectContaining({ attribute: 'custom:display_name', code: 'value-too-long' }),
          expect.objectContaining({ attribute: 'locale', code: 'invalid-locale' }),
          expect.objectContaining({ attribute: 'website', code: 'invalid-url' }),
          expect.objectContaining({ attribute: 'name', code: 'value-not-string' }),
        ]),
      );
      expect(res.body.errors).toHaveLength(5);
      expect(JSON.stringify(res.body)).not.toContain('javascript');
      expect(await cognitoUser(username)).toBeUndefined();
    });

    it('422 when the email attribute differs from the username', async () => {
      const username = newUsername();
      const res = await signUp({
        username,
        password: PASSWORD,
        attributes: { email: 'someone.else@example.com' },
      });
      expectProblem(res, 422, 'invalid-attribute-value');
      expect(res.body.errors).toEqual([
        { attribute: 'email', code: 'username-mismatch', message: expect.any(String) },
      ]);
      expect(await cognitoUser(username)).toBeUndefined();
      expect(await cognitoUser('someone.else@example.com')).toBeUndefined();
    });

    it('422 invalid-username when the username is not an email (the pool signs in by email)', async () => {
      const res = await signUp({ username: 'plain-name', password: PASSWORD });
      expectProblem(res, 422, 'invalid-username');
      expect(res.body.errors).toEqual([
        { code: 'invalid-username', message: 'username must be an email address' },
      ]);
      expect(await cognitoUser('plain-name')).toBeUndefined();
    });

    it.each([
      [
        'tiny',
        [
          'password-too-short',
          'password-needs-uppercase',
          'password-needs-number',
          'password-needs-symbol',
        ],
      ],
      ['alllowercase-7', ['password-needs-uppercase']],
      ['NoDigits-Here', ['password-needs-number']],
      ['NoSymbols777', ['password-needs-symbol']],
      [' Leading-Space-7', ['password-surrounding-whitespace']],
    ])(
      '422 invalid-password for %p, checked against the pool policy (cognito-local checks nothing)',
      async (password, codes) => {
        const username = newUsername();
        const res = await signUp({ username, password });
        expectProblem(res, 422, 'invalid-password');
        expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual(codes);
        expect(JSON.stringify(res.body)).not.toContain(password.trim());
        expect(await cognitoUser(username)).toBeUndefined();
      },
    );

    it('accepts an inner space as the symbol, as Cognito does', async () => {
      const username = newUsername();
      await signUp({ username, password: 'Correct Horse 7' }).expect(201);
      expect(await cognitoUser(username)).toBeDefined();
    });

    it('409 username-exists for a taken username, and the existing account is untouched', async () => {
      const demo = emulator.info.users.demo;
      const before = await emulator.cognitoAttributes(demo.username);
      const res = await signUp({
        username: demo.username,
        password: PASSWORD,
        attributes: { 'custom:display_name': 'hijack' },
      });
      expectProblem(res, 409, 'username-exists');
      expect(await emulator.cognitoAttributes(demo.username)).toEqual(before);
      await fetchAccessToken(emulator.info, demo.username, demo.password);
    });

    it.each([
      ['an empty body', {}],
      ['no password', { username: 'x@example.com' }],
      ['a numeric username', { username: 42, password: PASSWORD }],
      ['attributes as an array', { username: 'x@example.com', password: PASSWORD, attributes: [] }],
      [
        'attributes as a string',
        { username: 'x@example.com', password: PASSWORD, attributes: 'a' },
      ],
      ['an unknown field', { username: 'x@example.com', password: PASSWORD, admin: true }],
      [
        'too many clientMetadata pairs',
        {
          username: 'x@example.com',
          password: PASSWORD,
          clientMetadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])),
        },
      ],
      [
        'a non-string clientMetadata value',
        { username: 'x@example.com', password: PASSWORD, clientMetadata: { a: 1 } },
      ],
      [
        'a long clientMetadata value',
        { username: 'x@example.com', password: PASSWORD, clientMetadata: { a: 'v'.repeat(257) } },
      ],
    ])('400 validation-failed for %s', async (_label, body) => {
      const res = await signUp(body);
      expectProblem(res, 400, 'validation-failed');
      expect(await cognitoUser('x@example.com')).toBeUndefined();
    });

    it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])(
      '400 for an attribute named %s (refused, not silently dropped)',
      async (name) => {
        const username = newUsername();
        const raw = `{"username":"${username}","password":"${PASSWORD}","attributes":{"${name}":{"custom:role":"admin"}}}`;
        const res = await request(t.server)
          .post('/sign-up')
          .set('Content-Type', 'application/json')
          .send(raw);
        expectProblem(res, 400, 'validation-failed');
        expect(res.body.errors).toEqual([
          { attribute: name, code: 'invalid-attribute-name', message: expect.any(String) },
        ]);
        expect(await cognitoUser(username)).toBeUndefined();
      },
    );

    it.each(['__proto__', 'constructor', 'toString'])(
      '400 for clientMetadata with a key named %s',
      async (name) => {
        const username = newUsername();
        const raw = `{"username":"${username}","password":"${PASSWORD}","clientMetadata":{"${name}":"x"}}`;
        const res = await request(t.server)
          .post('/sign-up')
          .set('Content-Type', 'application/json')
          .send(raw);
        expectProblem(res, 400, 'validation-failed');
        expect(await cognitoUser(username)).toBeUndefined();
      },
    );
  });

  describe('POST /sign-up/confirm', () => {
    it('400 code-mismatch for a wrong code; the user stays unconfirmed', async () => {
      const username = newUsername();
      await signUp({ username, password: PASSWORD }).expect(201);
      const res = await request(t.server)
        .post('/sign-up/confirm')
        .send({ username, code: '000000' });
      expectProblem(res, 400, 'code-mismatch');
      expect((await cognitoUser(username))?.UserStatus).toBe('UNCONFIRMED');
    });

    it('answers an unknown username exactly like a wrong code', async () => {
      const username = newUsername();
      await signUp({ username, password: PASSWORD }).expect(201);
      const wrong = await request(t.server)
        .post('/sign-up/confirm')
        .send({ username, code: '000000' });
      const unknown = await request(t.server)
        .post('/sign-up/confirm')
        .send({ username: newUsername(), code: emulator.info.verificationCode });
      const { requestId: _a, ...wrongBody } = wrong.body;
      const { requestId: _b, ...unknownBody } = unknown.body;
      expect(unknown.status).toBe(wrong.status);
      expect(unknownBody).toEqual(wrongBody);
    });

    it('answers an already confirmed account exactly like a wrong code, and leaves it as it was', async () => {
      const username = newUsername();
      await signUp({ username, password: PASSWORD }).expect(201);
      const code = emulator.info.verificationCode;
      await request(t.server).post('/sign-up/confirm').send({ username, code }).expect(204);
      const before = await cognitoUser(username);
      expect(before?.UserStatus).toBe('CONFIRMED');
      const wrong = await request(t.server)
        .post('/sign-up/confirm')
        .send({ username: newUsername(), code });
      // cognito-local answers ExpiredCode for a confirmed account (it has no code left).
      const confirmed = await request(t.server).post('/sign-up/confirm').send({ username, code });
      expectProblem(confirmed, 400, 'code-mismatch');
      const { requestId: _a, ...wrongBody } = wrong.body;
      const { requestId: _b, ...confirmedBody } = confirmed.body;
      expect(confirmedBody).toEqual(wrongBody);
      const after = await cognitoUser(username);
      expect(after?.UserStatus).toBe('CONFIRMED');
      expect(after?.UserAttributes).toEqual(before?.UserAttributes);
      await fetchAccessToken(emulator.info, username, PASSWORD);
    });

    it.each([
      ['no code', { username: 'x@example.com' }],
      ['a code with spaces', { username: 'x@example.com', code: '123 456' }],
      ['no username', { code: '123456' }],
    ])('400 validation-failed for %s', async (_label, body) => {
      const res = await request(t.server).post('/sign-up/confirm').send(body);
      expectProblem(res, 400, 'validation-failed');
    });
  });

  describe('POST /sign-up/resend-code', () => {
    it('501 upstream-not-supported on cognito-local, which has no ResendConfirmationCode', async () => {
      const username = newUsername();
      await signUp({ username, password: PASSWORD }).expect(201);
      const res = await request(t.server).post('/sign-up/resend-code').send({ username });
      expectProblem(res, 501, 'upstream-not-supported');
      expect(res.headers['retry-after']).toBeUndefined();
      expect((await cognitoUser(username))?.UserStatus).toBe('UNCONFIRMED');
    });

    describe('with Cognito answers the emulator cannot give (mocked SDK)', () => {
      let sdk: ReturnType<typeof mockClient>;

      beforeEach(async () => {
        // The pool's rules are read (and kept) before the SDK is mocked, as after any start-up.
        await t.app.get(PoolSettings).get();
        const adapter = t.app.get(IdentityProvider) as unknown as {
          client: CognitoIdentityProviderClient;
        };
        sdk = mockClient(adapter.client);
      });
      afterEach(() => sdk.restore());

      it('202 with the masked delivery details Cognito returns', async () => {
        sdk.on(ResendConfirmationCodeCommand).resolves({
          CodeDeliveryDetails: {
            AttributeName: 'email',
            DeliveryMedium: 'EMAIL',
            Destination: 'p***@e***',
          },
        });
        const res = await request(t.server)
          .post('/sign-up/resend-code')
          .send({ username: 'pending@example.com', clientMetadata: { source: 'web' } })
          .expect(202);
        expect(res.body).toEqual({
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: 'p***@e***',
          },
        });
        const sent = sdk.commandCalls(ResendConfirmationCodeCommand)[0].args[0].input;
        expect(sent).toEqual({
          ClientId: emulator.info.clientId,
          Username: 'pending@example.com',
          ClientMetadata: { source: 'web' },
        });
      });

      it('202 with a simulated, identically shaped answer for an unknown user', async () => {
        sdk
          .on(ResendConfirmationCodeCommand)
          .rejects(new UserNotFoundException({ message: 'User does not exist.', $metadata: {} }));
        const res = await request(t.server)
          .post('/sign-up/resend-code')
          .send({ username: 'nobody@example.com' })
          .expect(202);
        expect(res.body).toEqual({
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: 'n***@e***',
          },
        });
      });

      it("maps Cognito's own InvalidPasswordException on sign-up to 422 invalid-password", async () => {
        // e.g. compromised-credentials protection: the policy check passes, Cognito refuses.
        sdk.on(SignUpCommand).rejects(
          new InvalidPasswordException({
            message: 'Password found in a breach; details that must not leak',
            $metadata: {},
          }),
        );
        const username = newUsername();
        const res = await signUp({ username, password: PASSWORD });
        expectProblem(res, 422, 'invalid-password');
        expect(JSON.stringify(res.body)).not.toContain('breach');
        expect(await cognitoUser(username)).toBeUndefined();
      });
    });
  });
});
