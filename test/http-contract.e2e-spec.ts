import request from 'supertest';
import { Emulator } from './support/emulator';
import { createInstance, startTestApp, stopAll, TestApp } from './support/test-app';

/**
 * What docs/api.md and the spec promise about methods, media types and readiness, as a client
 * sees it. Every response here also goes through the spec check (test/support/openapi-contract).
 */
describe('HTTP contract: methods, media types, readiness', () => {
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp());
    token = await emulator.tokenFor('demo');
  });
  afterAll(() => stopAll(t, emulator));

  describe('405 for a known path asked with another method', () => {
    it.each([
      ['PUT', '/me/attributes', 'DELETE, GET, HEAD, PATCH'],
      ['GET', '/me/attributes/email/verify', 'POST'],
      ['DELETE', '/sign-up', 'POST'],
      ['POST', '/users/demo%40example.com/attributes', 'DELETE, GET, HEAD, PATCH'],
      ['PATCH', '/health/ready', 'GET, HEAD'],
    ])('%s %s → 405 with Allow: %s, before the token is looked at', async (method, path, allow) => {
      const res = await request(t.server)[method.toLowerCase() as 'put'](path).expect(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 405, code: 'method-not-allowed' });
    });

    it('an unknown path stays 404', async () => {
      const res = await request(t.server).put('/me/attributes/nope/deeper').expect(404);
      expect(res.body).toMatchObject({ code: 'not-found' });
      expect(res.headers.allow).toBeUndefined();
    });

    it('HEAD is answered wherever GET is', async () => {
      await request(t.server).head('/attributes/schema').expect(200);
    });
  });

  describe('406 when Accept rules out JSON and problem+json', () => {
    it.each(['text/html', 'application/xml', 'text/*', 'application/json;q=0'])(
      'Accept: %s → 406 problem+json, and nothing is read',
      async (accept) => {
        const res = await request(t.server)
          .get('/me/attributes')
          .set('Authorization', `Bearer ${token}`)
          .set('Accept', accept)
          .expect(406);
        expect(res.body).toMatchObject({ status: 406, code: 'not-acceptable' });
      },
    );

    it.each([
      '*/*',
      'application/*',
      'application/json',
      'application/problem+json',
      'text/html, application/json;q=0.5',
    ])('Accept: %s is served', async (accept) => {
      const res = await request(t.server)
        .get('/me/attributes')
        .set('Authorization', `Bearer ${token}`)
        .set('Accept', accept)
        .expect(200);
      expect(res.body.attributes.email).toBe(emulator.info.users.demo.username);
    });

    it('a PATCH refused with 406 changes nothing', async () => {
      const user = await emulator.createUser({ name: 'Unchanged' });
      await request(t.server)
        .patch('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .set('Accept', 'text/html')
        .send({ attributes: { name: 'Changed' } })
        .expect(406);
      expect((await emulator.cognitoAttributes(user.username)).name).toBe('Unchanged');
    });
  });

  describe('/health/ready as the spec describes it', () => {
    let unready: TestApp;

    beforeAll(async () => {
      // Nothing listens on port 9: the JWKS can't be loaded and Cognito can't be reached.
      unready = await createInstance(emulator, { COGNITO_ENDPOINT: 'http://127.0.0.1:9' });
    });
    afterAll(() => unready?.close());

    it('200 with every check up', async () => {
      const res = await request(t.server).get('/health/ready').expect(200);
      expect(res.body).toMatchObject({
        status: 'ok',
        info: { jwks: { status: 'up' }, cognito: { status: 'up' } },
      });
    });

    it('503 problem+json naming each failed check, with Retry-After', async () => {
      const res = await request(unready.url).get('/health/ready').expect(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ status: 503, code: 'upstream-unavailable' });
      expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
        'cognito-down',
        'jwks-down',
      ]);
    });
  });
});
