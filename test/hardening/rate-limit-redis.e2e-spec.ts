import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { startRedis, TestRedis } from '../support/redis-server';
import { Emulator, emulatorEnv, startEmulator } from './support/emulator';
import { appWith } from './support/probe-app';
import { createUser } from './support/users';

/** With REDIS_URL, every instance counts against one shared limit (a real redis-server). */
describe('rate limits shared through Redis', () => {
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let redis: TestRedis;
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;

  beforeAll(async () => {
    [emulator, redis] = await Promise.all([startEmulator(), startRedis()]);
    const env = {
      ...emulatorEnv(emulator.info),
      REDIS_URL: redis.url,
      RATE_LIMIT_ENABLED: 'true',
      // Only the limiter's keys here: the attribute cache (also in Redis) has its own spec.
      ATTRIBUTES_CACHE_TTL_MS: '0',
      RATE_LIMIT_READ: '4',
      RATE_LIMIT_SIGN_UP: '3',
    };
    // Two instances, as behind a load balancer: separate processes' worth of state, one Redis.
    [a, b] = await Promise.all([appWith(env), appWith(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
    await emulator?.close();
  });

  const read = (app: NestFastifyApplication, token: string) =>
    request(app.getHttpServer()).get('/me/attributes').set('Authorization', `Bearer ${token}`);

  it('shares one per-user budget between two instances', async () => {
    const user = await createUser(emulator);
    await read(a, user.accessToken).expect(200);
    await read(b, user.accessToken).expect(200);
    await read(a, user.accessToken).expect(200);
    const last = await read(b, user.accessToken).expect(200);
    expect(last.headers.ratelimit).toMatch(/^"read";r=0;/);
    // Both instances now refuse: neither has a budget of its own.
    const fromA = await read(a, user.accessToken).expect(429);
    const fromB = await read(b, user.accessToken).expect(429);
    expect(fromA.body.code).toBe('too-many-requests');
    expect(Number(fromB.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('shares the per-IP sign-up budget too', async () => {
    const signUp = (app: NestFastifyApplication) =>
      request(app.getHttpServer()).post('/sign-up/probe').send({});
    await signUp(a).expect(202);
    await signUp(b).expect(202);
    await signUp(a).expect(202);
    await signUp(b).expect(429);
  });

  it('keeps neither user ids nor IP addresses in Redis keys', async () => {
    const user = await createUser(emulator);
    await read(a, user.accessToken).expect(200);
    const keys = await redisKeys(redis.port);
    expect(keys.length).toBeGreaterThan(0);
    // profile-bff:rl:<bucket>:{<sha-256>}:hits|blocked — the user's hash tag, no identifier.
    expect(
      keys.every((k) => /^profile-bff:rl:(read|sign-up):\{[\w-]{43}\}:(hits|blocked)$/.test(k)),
    ).toBe(true);
    expect(keys.join(' ')).not.toContain(user.sub);
    expect(keys.join(' ')).not.toContain('127.0.0.1');
  });

  it('lets requests through (and counts a store error) when Redis goes away', async () => {
    const user = await createUser(emulator);
    await redis.stop();
    for (let i = 0; i < 6; i++) await read(a, user.accessToken).expect(200);
    const metrics = await request(a.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^rate_limit_store_errors_total [1-9]\d*$/m);
  });
});

/** Every key in the test Redis. */
async function redisKeys(port: number): Promise<string[]> {
  const { default: Redis } = await import('ioredis');
  const client = new Redis(port, '127.0.0.1');
  try {
    return await client.keys('*');
  } finally {
    client.disconnect();
  }
}
