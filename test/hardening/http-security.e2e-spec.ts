import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Emulator, TestUser } from '../support/emulator';
import { startTestApp, stopAll, TestApp } from '../support/test-app';

const ALLOWED = 'https://app.example.com';

/** Security headers, CORS allowlist, HSTS only over HTTPS, body size and media type limits. */
describe('HTTP security', () => {
  let emulator: Emulator;
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({
      env: { CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` },
    }));
    user = await emulator.createUser({ name: 'Grace Hopper' });
  });
  afterAll(() => stopAll(t, emulator));

  describe('headers', () => {
    it('sends helmet headers and a CSP without inline scripts', async () => {
      const res = await request(t.server).get('/health/live').expect(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain('upgrade-insecure-requests');
    });

    it('sends no HSTS over plain http, even when an untrusted client claims https', async () => {
      const plain = await request(t.server).get('/health/live').expect(200);
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      // No TRUST_PROXY here, so X-Forwarded-Proto is the client's word and is ignored.
      const claimed = await request(t.server)
        .get('/health/live')
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      expect(claimed.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('CORS', () => {
    it('answers a preflight from an allowed origin with that origin, never *', async () => {
      const res = await request(t.server)
        .options('/me/attributes')
        .set('Origin', ALLOWED)
        .set('Access-Control-Request-Method', 'PATCH')
        .set('Access-Control-Request-Headers', 'authorization,content-type')
        .expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers['access-control-allow-methods']).toContain('PATCH');
      expect(res.headers['access-control-allow-headers']).toMatch(/Authorization/);
      expect(res.headers.vary).toMatch(/Origin/);
    });

    it('exposes ETag, rate-limit and request-id headers to the allowed origin', async () => {
      const res = await request(t.server)
        .get('/me/attributes')
        .set('Origin', ALLOWED)
        .set('Authorization', `Bearer ${user.accessToken}`)
        .expect(200);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      const exposed = (res.headers['access-control-expose-headers'] as string).split(',');
      expect(exposed).toEqual(
        expect.arrayContaining(['ETag', 'RateLimit', 'Retry-After', 'X-Request-Id']),
      );
    });

    it('gives an unlisted origin no CORS headers at all', async () => {
      const preflight = await request(t.server)
        .options('/me/attributes')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'GET');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const read = await request(t.server)
        .get('/me/attributes')
        .set('Origin', 'https://evil.example')
        .set('Authorization', `Bearer ${user.accessToken}`);
      expect(read.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('request bodies', () => {
    const before = async (): Promise<Record<string, string>> =>
      emulator.cognitoAttributes(user.username);

    it('refuses a body over 16 KB with 413 problem+json and changes nothing', async () => {
      const held = await before();
      const res = await request(t.server)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ attributes: { name: 'x'.repeat(17 * 1024) } }))
        .expect(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 413, code: 'payload-too-large' });
      expect(res.body.requestId).toEqual(res.headers['x-request-id']);
      expect(await emulator.cognitoAttributes(user.username)).toEqual(held);
    });

    it('accepts a JSON body just under the limit past the parser', async () => {
      const res = await request(t.server)
        .post('/no-such-route')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ pad: 'x'.repeat(15 * 1024) }));
      expect(res.status).toBe(404);
    });

    it.each([
      ['text/plain', 'name=Mallory'],
      ['application/x-www-form-urlencoded', 'attributes%5Bname%5D=Mallory'],
      ['application/xml', '<attributes><name>Mallory</name></attributes>'],
    ])('refuses a %s body with 415 problem+json and changes nothing', async (type, body) => {
      const held = await before();
      const res = await request(t.server)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Content-Type', type)
        .send(body)
        .expect(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['accept-patch']).toBe('application/json');
      expect(res.body).toMatchObject({ status: 415, code: 'unsupported-media-type' });
      expect(res.body.requestId).toEqual(res.headers['x-request-id']);
      expect(JSON.stringify(res.body)).not.toContain('Mallory');
      expect(await emulator.cognitoAttributes(user.username)).toEqual(held);
    });

    it('refuses a body without any Content-Type with 415', async () => {
      const res = await request(t.server)
        .post('/me/attributes/email/verify')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Content-Type', '')
        .send(Buffer.from('{"code":"123456"}'))
        .expect(415);
      expect(res.body.code).toBe('unsupported-media-type');
    });
  });

  describe('JSON structure: checked on the raw text, before parsing and validation', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const userExists = async (username: string) =>
      (await emulator.cognitoUser(username)) !== undefined;
    const signUpText = (text: string) =>
      request(t.server).post('/sign-up').set('Content-Type', 'application/json').send(text);

    it('refuses a body nested a few thousand levels deep (6 KB, no token) with 400, creating nothing', async () => {
      const username = `deep-${randomUUID()}@example.com`;
      const text =
        `{"username":"${username}","password":"Correct-Horse-7",` +
        `"attributes":{"name":"Deep"},"clientMetadata":${nested(3000)}}`;
      expect(text.length).toBeGreaterThan(6000);
      const res = await signUpText(text).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        status: 400,
        code: 'validation-failed',
        errors: [{ code: 'json-too-deep', message: expect.stringContaining('32') }],
      });
      expect(res.body.requestId).toEqual(res.headers['x-request-id']);
      expect(await userExists(username)).toBe(false);
    });

    it('refuses a deep body on PATCH /me before the token is looked at, and changes nothing', async () => {
      const held = await emulator.cognitoAttributes(user.username);
      const res = await request(t.server)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Content-Type', 'application/json')
        .send(`{"attributes":{"name":"Deep"},"x":${nested(33)}}`)
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ code: 'json-too-deep' })]);
      expect(await emulator.cognitoAttributes(user.username)).toEqual(held);
    });

    it('lets a body nested 32 levels through to validation', async () => {
      const res = await signUpText(`{"username":"x@example.com","deep":${nested(31)}}`).expect(400);
      expect(res.body.code).toBe('validation-failed');
      expect(JSON.stringify(res.body.errors)).not.toContain('json-too-deep');
    });

    it('refuses a second attributes object (JSON.parse would keep only the last) and changes nothing', async () => {
      const held = await emulator.cognitoAttributes(user.username);
      const res = await request(t.server)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Content-Type', 'application/json')
        .send('{"attributes":{"name":"First"},"attributes":{"name":"Mallory"}}')
        .expect(400);
      expect(res.body).toMatchObject({
        code: 'validation-failed',
        errors: [{ code: 'duplicate-key', message: expect.stringContaining('attributes') }],
      });
      expect(JSON.stringify(res.body)).not.toMatch(/First|Mallory/);
      expect(await emulator.cognitoAttributes(user.username)).toEqual(held);
    });

    it('refuses an attribute given twice, and names it', async () => {
      const held = await emulator.cognitoAttributes(user.username);
      const res = await request(t.server)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Content-Type', 'application/json')
        .send('{"attributes":{"name":"Grace","nickname":"g","name":"Mallory"}}')
        .expect(400);
      expect(res.body.errors).toEqual([
        { code: 'duplicate-key', message: 'the key attributes.name appears more than once' },
      ]);
      expect(await emulator.cognitoAttributes(user.username)).toEqual(held);
    });

    it('refuses a sign-up naming two usernames, creating neither account', async () => {
      const [first, second] = [randomUUID(), randomUUID()].map((id) => `dup-${id}@example.com`);
      const res = await signUpText(
        `{"username":"${first}","password":"Correct-Horse-7","username":"${second}"}`,
      ).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ code: 'duplicate-key' })]);
      expect(await userExists(first)).toBe(false);
      expect(await userExists(second)).toBe(false);
    });
  });
});
