import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { MetricsServer } from '../../src/metrics/metrics-server';
import { Emulator, emulatorEnv, startEmulator } from './support/emulator';
import { appWith } from './support/probe-app';
import { createUser } from './support/users';

/** Sums every sample of `name` whose labels include all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) total += Number(match[4]);
  }
  return total;
}

/** GET /metrics in Prometheus text format: HTTP, Cognito and rate-limit series. */
describe('metrics', () => {
  let emulator: Emulator;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    emulator = await startEmulator();
    app = await appWith(
      { ...emulatorEnv(emulator.info), RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_READ: '2' },
      [],
    );
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.close();
  });

  const scrape = async (target = app): Promise<string> => {
    const res = await request(target.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };

  it('counts requests and latency by route pattern and status, never by raw URL', async () => {
    const user = await createUser(emulator);
    const before = await scrape();
    const ok = { method: 'GET', route: '/me/attributes', status: '200' };
    const okBefore = sample(before, 'http_requests_total', ok);
    await request(app.getHttpServer())
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .expect(200);
    await request(app.getHttpServer()).get('/me/attributes').expect(401);
    // Letters and dashes no counter or label can come to hold by chance, unlike a run of digits.
    const secret = `secret-${randomUUID()}`;
    await request(app.getHttpServer()).get(`/no/such/route/${secret}`).expect(404);
    await request(app.getHttpServer()).get(`/me/attributes?token=${secret}`).expect(401);

    const after = await scrape();
    expect(sample(after, 'http_requests_total', ok)).toBe(okBefore + 1);
    expect(sample(after, 'http_request_duration_seconds_count', ok)).toBe(okBefore + 1);
    expect(after).toMatch(
      /^http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/me\/attributes",status="200"\} \d+$/m,
    );
    expect(
      sample(after, 'http_requests_total', { route: '/me/attributes', status: '401' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'http_requests_total', { route: 'unmatched', status: '404' }),
    ).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain(secret);
    expect(after).not.toContain(user.accessToken);
  });

  it('counts Cognito calls and latency by operation and outcome', async () => {
    const user = await createUser(emulator);
    const before = sample(await scrape(), 'cognito_requests_total', {
      operation: 'GetUser',
      outcome: 'success',
    });
    await request(app.getHttpServer())
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .expect(200);
    const text = await scrape();
    expect(
      sample(text, 'cognito_requests_total', { operation: 'GetUser', outcome: 'success' }),
    ).toBe(before + 1);
    expect(
      sample(text, 'cognito_request_duration_seconds_count', {
        operation: 'GetUser',
        outcome: 'success',
      }),
    ).toBe(before + 1);
    expect(text).toMatch(/^cognito_circuit_state 0$/m);
  });

  it('counts Cognito errors by outcome', async () => {
    const { AdminDeleteUserCommand, CognitoIdentityProviderClient } =
      await import('@aws-sdk/client-cognito-identity-provider');
    const gone = await createUser(emulator);
    const admin = new CognitoIdentityProviderClient({
      region: emulator.info.region,
      endpoint: emulator.info.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await admin.send(
      new AdminDeleteUserCommand({ UserPoolId: emulator.info.userPoolId, Username: gone.username }),
    );
    admin.destroy();
    await request(app.getHttpServer())
      .get('/me/attributes')
      .set('Authorization', `Bearer ${gone.accessToken}`)
      .expect(401);
    expect(
      sample(await scrape(), 'cognito_requests_total', {
        operation: 'GetUser',
        outcome: 'client-error',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('counts rate-limit rejections by bucket', async () => {
    const user = await createUser(emulator);
    const read = () =>
      request(app.getHttpServer())
        .get('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`);
    const before = sample(await scrape(), 'rate_limit_rejections_total', { bucket: 'read' });
    await read().expect(200);
    await read().expect(200);
    await read().expect(429);
    await read().expect(429);
    expect(sample(await scrape(), 'rate_limit_rejections_total', { bucket: 'read' })).toBe(
      before + 2,
    );
  });

  it('includes process metrics', async () => {
    const text = await scrape();
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  describe('with METRICS_PORT', () => {
    let separate: NestFastifyApplication;

    beforeAll(async () => {
      separate = await appWith({ ...emulatorEnv(emulator.info), METRICS_PORT: '0' }, []);
    });
    afterAll(() => separate?.close());

    it('serves /metrics on its own port and not on the API port', async () => {
      await request(separate.getHttpServer()).get('/health/live').expect(200);
      await request(separate.getHttpServer()).get('/metrics').expect(404);
      const port = separate.get(MetricsServer).port;
      expect(port).toBeGreaterThan(0);
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(sample(text, 'http_requests_total', { route: '/health/live', status: '200' })).toBe(1);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    });
  });
});
