import request from 'supertest';
import { LOG_DESTINATION } from '../../src/common/logging/logging.module';
import { Emulator, startEmulator, TestUser } from '../support/emulator';
import { createTestApp, TestApp } from '../support/test-app';
import { LogCapture } from './support/log-capture';

const SECRETS = {
  name: 'Zelda Secretname',
  displayName: 'zz-display-secret',
  phone: '+15550100987',
  newName: 'Zelda Renamed Secretly',
  code: '918273',
  password: 'Sup3r-Secret-Passw0rd!',
  query: 'query-secret-value',
};

interface RequestLine {
  req: { id: string; method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
  sub?: string;
  route?: string;
  msg: string;
}

/**
 * Captures the JSON logs of a whole flow — reads, writes, verification, sign-up, a token failure
 * and a Cognito outage — and proves that no token, code, password or attribute value is in them,
 * while each request still gets one useful line.
 */
describe('request logs', () => {
  let emulator: Emulator;
  let t: TestApp;
  let user: TestUser;
  let email: string;
  const logs = new LogCapture();

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await createTestApp(emulator, {
      env: { LOG_LEVEL: 'debug' },
      override: (builder) => builder.overrideProvider(LOG_DESTINATION).useValue(logs),
    });
    user = await emulator.createUser({
      name: SECRETS.name,
      'custom:display_name': SECRETS.displayName,
      phone_number: SECRETS.phone,
    });

    const auth = `Bearer ${user.accessToken}`;
    const read = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', auth)
      .set('X-Request-Id', 'log-read-1')
      .expect(200);
    expect(read.body.attributes.name).toBe(SECRETS.name);
    await request(t.server)
      .get(`/me/attributes?keys=name,${SECRETS.query}`)
      .set('Authorization', auth)
      .set('Cookie', `session=${SECRETS.password}`);
    await request(t.server)
      .patch('/me/attributes')
      .set('Authorization', auth)
      .send({ attributes: { name: SECRETS.newName, phone_number: SECRETS.phone } });
    await request(t.server)
      .post('/me/attributes/email/verify')
      .set('Authorization', auth)
      .send({ code: SECRETS.code });
    await request(t.server)
      .post('/sign-up')
      .send({
        username: 'someone@example.com',
        password: SECRETS.password,
        attributes: { name: SECRETS.name },
      });
    // Refused before any route runs: too large, and not JSON.
    await request(t.server)
      .patch('/me/attributes')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .set('X-Request-Id', 'log-too-large')
      .send(JSON.stringify({ attributes: { name: SECRETS.newName.repeat(1000) } }))
      .expect(413);
    await request(t.server)
      .patch('/me/attributes')
      .set('Authorization', auth)
      .set('Content-Type', 'text/plain')
      .set('X-Request-Id', 'log-not-json')
      .send(`name=${SECRETS.newName}`)
      .expect(415);
    await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken.slice(0, -4)}AAAA`)
      .set('X-Request-Id', 'log-bad-token')
      .expect(401);
    // Admin routes name the user in the path, here by email (raw and percent-encoded).
    email = (await emulator.cognitoAttributes(user.username)).email;
    const admin = `Bearer ${await emulator.tokenFor('admin')}`;
    await request(t.server)
      .get(`/users/${email}/attributes`)
      .set('Authorization', admin)
      .set('X-Request-Id', 'log-admin-read')
      .expect(200);
    await request(t.server)
      .patch(`/users/${encodeURIComponent(email)}/attributes`)
      .set('Authorization', admin)
      .set('X-Request-Id', 'log-admin-write')
      .send({ attributes: { nickname: SECRETS.displayName } })
      .expect(200);
    await request(t.server)
      .get(`/users/${email.toUpperCase()}/nothing-here`)
      .set('Authorization', admin)
      .expect(404);
    // An outage: the error (with its upstream cause) is logged at error level.
    await emulator.halt();
    await request(t.server)
      .get('/me/attributes')
      .set('Authorization', auth)
      .set('X-Request-Id', 'log-outage')
      .expect(503);
    // A whole flow of requests: more than the default 5 s on a busy machine.
  }, 30_000);
  afterAll(async () => {
    await t?.close();
    await emulator?.stop();
  });

  const requestLines = (): RequestLine[] =>
    logs.lines().filter((l) => l.req && l.res) as unknown as RequestLine[];

  it('writes JSON only', () => {
    expect(logs.text.length).toBeGreaterThan(0);
    expect(() => logs.lines()).not.toThrow();
  });

  it('never contains the token, in whole or in part', () => {
    const [header, payload, signature] = user.accessToken.split('.');
    expect(logs.text).not.toContain(user.accessToken);
    expect(logs.text).not.toContain(payload);
    expect(logs.text).not.toContain(signature);
    expect(logs.text).not.toContain(`${header}.`);
    expect(logs.text).not.toMatch(/Bearer\s/i);
  });

  it.each(Object.entries(SECRETS))('never contains the %s', (_what, value) => {
    expect(logs.text).not.toContain(value);
  });

  it('logs one line per request with request id, user sub, route, status and latency', () => {
    const reads = requestLines().filter((l) => l.req.id === 'log-read-1');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      req: { id: 'log-read-1', method: 'GET', url: '/me/attributes' },
      res: { statusCode: 200 },
      sub: user.sub,
      route: '/me/attributes',
      msg: 'GET 200',
    });
    expect(reads[0].responseTime).toEqual(expect.any(Number));
  });

  it('logs requests refused before routing too (413, 415)', () => {
    const statusOf = (id: string) =>
      requestLines()
        .filter((l) => l.req.id === id)
        .map((l) => l.res.statusCode);
    expect(statusOf('log-too-large')).toEqual([413]);
    expect(statusOf('log-not-json')).toEqual([415]);
  });

  it('never contains the email an admin URL names, in any case or encoding', () => {
    expect(email).toMatch(/@example\.com$/);
    const text = logs.text.toLowerCase();
    expect(text).not.toContain(email.toLowerCase());
    expect(text).not.toContain(encodeURIComponent(email).toLowerCase());
    expect(text).not.toContain(email.split('@')[0].toLowerCase());
  });

  it('logs admin requests with the user in the path redacted', () => {
    const lineOf = (id: string) => requestLines().find((l) => l.req.id === id);
    expect(lineOf('log-admin-read')).toMatchObject({
      req: { url: '/users/[redacted]/attributes' },
      route: '/users/:username/attributes',
      res: { statusCode: 200 },
    });
    expect(lineOf('log-admin-write')?.req.url).toBe('/users/[redacted]/attributes');
  });

  it('logs the path without the query string', () => {
    const urls = requestLines().map((l) => l.req.url);
    expect(urls).toContain('/me/attributes');
    expect(urls.some((u) => u.includes('?'))).toBe(false);
  });

  it('has no sub for a refused token, and the status it got', () => {
    const [line] = requestLines().filter((l) => l.req.id === 'log-bad-token');
    expect(line).toMatchObject({ res: { statusCode: 401 }, route: '/me/attributes' });
    expect(line.sub).toBeUndefined();
  });

  it('logs an outage at error level with its request id, not the upstream details', () => {
    const errors = logs.lines().filter((l) => (l.req as { id?: string })?.id === 'log-outage');
    expect(errors.some((l) => l.level === 50 && l.problem === 'upstream-unavailable')).toBe(true);
    const [line] = requestLines().filter((l) => l.req.id === 'log-outage');
    expect(line).toMatchObject({
      res: { statusCode: 503 },
      sub: user.sub,
      route: '/me/attributes',
    });
  });

  it('never logs request bodies or headers', () => {
    expect(logs.text).not.toMatch(/"headers"|"body"|"authorization"|"cookie"/i);
  });

  it('writes one audit event per change: who, what names, outcome, request id — never values', () => {
    const audits = logs
      .lines()
      .map((l) => l.audit as Record<string, unknown> | undefined)
      .filter((a): a is Record<string, unknown> => a !== undefined);
    expect(audits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'self.attributes.update',
          actorSub: user.sub,
          attributeNames: ['name', 'phone_number'],
          outcome: 'success',
          requestId: expect.any(String),
        }),
        expect.objectContaining({
          action: 'self.attributes.verify',
          actorSub: user.sub,
          attributeNames: ['email'],
          outcome: 'failure',
        }),
        expect.objectContaining({ action: 'self.sign-up', attributeNames: ['name'] }),
      ]),
    );
    for (const value of Object.values(SECRETS)) expect(JSON.stringify(audits)).not.toContain(value);
  });
});
