import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { Emulator, emulatorEnv, startEmulator } from './support/emulator';
import { appWith } from './support/probe-app';
import { createUser, HardeningUser } from './support/users';

jest.setTimeout(60_000);

const RESET_MS = 1500;
const TIMEOUT_MS = 2000;

/**
 * Cognito goes down mid-test (the emulator is stopped) and comes back (a new emulator on the same
 * port and data): the BFF answers 503 + Retry-After quickly, then fails fast with its circuit
 * open, and recovers by itself — no restart.
 */
describe('Cognito outage and recovery (real emulator)', () => {
  let emulator: Emulator;
  let app: NestFastifyApplication;
  let user: HardeningUser;

  beforeAll(async () => {
    emulator = await startEmulator();
    app = await appWith(
      {
        ...emulatorEnv(emulator.info),
        COGNITO_TIMEOUT_MS: String(TIMEOUT_MS),
        COGNITO_BREAKER_RESET_MS: String(RESET_MS),
        COGNITO_BREAKER_MIN_CALLS: '3',
        // Start-up calls (the policy drift check's DescribeUserPool/Client) count as successes in
        // the breaker's rolling window; a high threshold would need more failures than we send.
        COGNITO_BREAKER_ERROR_PERCENT: '30',
        RATE_LIMIT_ENABLED: 'false',
        // Every read must reach Cognito: a cached read would (rightly) still answer 200.
        ATTRIBUTES_CACHE_TTL_MS: '0',
      },
      [],
    );
    user = await createUser(emulator, { name: 'Ada Outage' });
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.close();
  });

  const read = () =>
    request(app.getHttpServer())
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`);
  const timed = async (): Promise<{ res: request.Response; ms: number }> => {
    const started = Date.now();
    const res = await read();
    return { res, ms: Date.now() - started };
  };
  const metrics = async (): Promise<string> =>
    (await request(app.getHttpServer()).get('/metrics').expect(200)).text;

  it('serves reads while Cognito is up', async () => {
    const res = await read().expect(200);
    expect(res.body.attributes.name).toBe('Ada Outage');
  });

  it('answers 503 problem+json with Retry-After within the timeout while Cognito is down', async () => {
    await emulator.stop();
    for (let i = 0; i < 3; i++) {
      const { res, ms } = await timed();
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 503, code: 'upstream-unavailable' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(ms).toBeLessThan(TIMEOUT_MS);
      expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    }
  });

  it('then fails fast with the circuit open, without calling Cognito', async () => {
    const { res, ms } = await timed();
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('upstream-unavailable');
    expect(ms).toBeLessThan(100);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(Math.ceil(RESET_MS / 1000));
    const text = await metrics();
    expect(text).toMatch(/^cognito_circuit_state 2$/m);
    expect(text).toMatch(
      /^cognito_requests_total\{operation="GetUser",outcome="circuit-open"\} [1-9]/m,
    );
    expect(text).toMatch(
      /^cognito_requests_total\{operation="GetUser",outcome="network-error"\} [1-9]/m,
    );
  });

  it('reports not-ready while Cognito is down, but stays alive', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(ready.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'cognito-down' })]),
    );
  });

  it('recovers by itself when Cognito comes back, with the data intact', async () => {
    await emulator.restart();
    const deadline = Date.now() + 15_000;
    let res = await read();
    while (res.status !== 200 && Date.now() < deadline) {
      const wait = Number(res.headers['retry-after'] ?? 1) * 1000;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 500)));
      res = await read();
    }
    expect(res.status).toBe(200);
    expect(res.body.attributes.name).toBe('Ada Outage');
    expect((await user.cognitoAttributes()).name).toBe('Ada Outage');
    expect(await metrics()).toMatch(/^cognito_circuit_state 0$/m);
    await request(app.getHttpServer()).get('/health/ready').expect(200);
  });
});
