import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { appWith } from './support/probe-app';
import { fault, FakeCognito } from './support/fake-cognito';

/**
 * How the BFF treats Cognito failures the emulator cannot produce, against a scripted fake of the
 * Cognito JSON API: the SDK retries throttling and 5xx (3 attempts, jittered backoff) but never
 * 4xx; throttling becomes 429, outages 503, hangs 504 — all problem+json with Retry-After, never
 * 500 — and only outages count towards the circuit breaker.
 */
// Throttling backoff and the hang test take seconds by design.
jest.setTimeout(30_000);

describe('Cognito failures (scripted upstream)', () => {
  let fake: FakeCognito;
  let app: NestFastifyApplication;
  let token: string;

  beforeAll(async () => {
    fake = await FakeCognito.start();
    app = await appWith(
      fake.env({
        // Room for the SDK's throttling backoff (full jitter, 1 s base: at most 1 s + 2 s).
        COGNITO_TIMEOUT_MS: '3500',
        COGNITO_BREAKER_MIN_CALLS: '4',
        COGNITO_BREAKER_RESET_MS: '60000',
        RATE_LIMIT_ENABLED: 'false',
      }),
      [],
    );
    token = fake.token();
  });
  beforeEach(() => fake.reset());
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const read = () =>
    request(app.getHttpServer()).get('/me/attributes').set('Authorization', `Bearer ${token}`);

  /**
   * The SDK's backoff is full jitter: Math.random() × base × 2^retry (base 1 s for throttling).
   * Pinning the random factor to 0.5 makes the waits known (500 ms, then 1 s), so the spacing of
   * the attempts the fake saw proves the SDK really waited. Only lower bounds are asserted: a
   * busy machine makes gaps longer, never shorter than the timer. (5xx backoff, 50 ms base, is
   * too short to tell from a busy machine's own delays.)
   */
  const withHalfJitter = () => jest.spyOn(Math, 'random').mockReturnValue(0.5);
  const gapsOf = (attempts: number[]) => attempts.slice(1).map((at, i) => at - attempts[i]);
  afterEach(() => jest.restoreAllMocks());

  it('retries a 500 and succeeds on the second attempt', async () => {
    fake.script('GetUser', fault(500, 'InternalErrorException'));
    const res = await read().expect(200);
    expect(res.body.attributes.email).toBe('fake@example.com');
    const attempts = fake.attempts('GetUser');
    expect(attempts).toHaveLength(2);
  });

  it('retries throttling at most 3 times with backoff, then answers 429 with Retry-After', async () => {
    withHalfJitter();
    fake.fallback('GetUser', fault(400, 'TooManyRequestsException'));
    const res = await read().expect(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const attempts = fake.attempts('GetUser');
    expect(attempts).toHaveLength(3);
    // Exponential: 0.5 × 1 s, then 0.5 × 2 s, between the attempts.
    const [first, second] = gapsOf(attempts);
    expect(first).toBeGreaterThanOrEqual(500);
    expect(second).toBeGreaterThanOrEqual(1000);
  });

  it('maps LimitExceeded to 429 too, never 500', async () => {
    fake.fallback('GetUser', fault(400, 'LimitExceededException'));
    const res = await read().expect(429);
    expect(res.body.code).toBe('too-many-requests');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it.each([
    ['NotAuthorizedException', 401, 'invalid-token'],
    ['InvalidParameterException', 422, 'invalid-parameter'],
    ['CodeMismatchException', 400, 'code-mismatch'],
  ])('never retries a 4xx (%s → %i)', async (type, status, code) => {
    fake.script('GetUser', fault(400, type));
    const res = await read().expect(status);
    expect(res.body.code).toBe(code);
    expect(fake.attempts('GetUser')).toHaveLength(1);
  });

  it('answers 504 within the timeout when Cognito does not answer', async () => {
    fake.fallback('GetUser', 'hang');
    const started = Date.now();
    const res = await read().expect(504);
    const elapsed = Date.now() - started;
    expect(res.body).toMatchObject({ status: 504, code: 'upstream-timeout' });
    expect(res.headers['retry-after']).toBeDefined();
    expect(elapsed).toBeGreaterThanOrEqual(3400);
    expect(elapsed).toBeLessThan(4500);
    // Past the deadline the SDK starts no further attempt in the background.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.attempts('GetUser')).toHaveLength(1);
  });

  it('does not open the circuit for 4xx or throttling, only for outages', async () => {
    // Many client errors and throttles: Cognito is working; the circuit must stay closed.
    fake.fallback('GetUser', fault(400, 'NotAuthorizedException'));
    for (let i = 0; i < 8; i++) await read().expect(401);
    fake.fallback('GetUser', fault(400, 'TooManyRequestsException'));
    await read().expect(429);
    fake.reset();
    await read().expect(200);
    expect(await metric('cognito_circuit_state')).toBe(0);

    // Now an outage: 5xx on every attempt. The circuit opens once failures are over 50% of the
    // calls in the 10 s window (the successes above included).
    fake.fallback('GetUser', fault(503, 'ServiceUnavailable'));
    let failures = 0;
    while ((await metric('cognito_circuit_state')) !== 2 && failures < 30) {
      const res = await read().expect(503);
      expect(res.body.code).toBe('upstream-unavailable');
      expect(res.headers['retry-after']).toBeDefined();
      failures++;
    }
    expect(await metric('cognito_circuit_state')).toBe(2);
    const before = fake.attempts('GetUser').length;
    const started = Date.now();
    const open = await read().expect(503);
    expect(Date.now() - started).toBeLessThan(100);
    expect(fake.attempts('GetUser')).toHaveLength(before); // failed fast: Cognito not called
    expect(open.body).toMatchObject({ code: 'upstream-unavailable' });
    expect(Number(open.headers['retry-after'])).toBeGreaterThan(50);
  });

  async function metric(name: string): Promise<number> {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    const line = res.text.split('\n').find((l) => l.startsWith(`${name} `));
    return Number(line?.split(' ')[1]);
  }
});
