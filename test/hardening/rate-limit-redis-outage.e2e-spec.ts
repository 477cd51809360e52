import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import request from 'supertest';
import { rateLimitKey } from '../../src/rate-limit/rate-limit-key';
import { REDIS_CONNECTION, RedisConnection } from '../../src/redis';
import { RestartableRedis, startRestartableRedis } from '../support/redis-server';
import { Emulator, emulatorEnv, startEmulator } from './support/emulator';
import { appWith } from './support/probe-app';
import { createUser } from './support/users';

/**
 * Redis goes away and comes back. Requests meanwhile are let through uncounted (fail open) and
 * nothing is queued to be charged later: a Redis that hangs, dies and restarts (with its data) must
 * hold the counter it had before, and the user gets the rest of their budget.
 */
describe('rate limits across a Redis outage', () => {
  jest.setTimeout(60_000);
  let emulator: Emulator;
  let redis: RestartableRedis;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    [emulator, redis] = await Promise.all([startEmulator(), startRestartableRedis()]);
    app = await appWith({
      ...emulatorEnv(emulator.info),
      REDIS_URL: redis.url,
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_READ: '5',
      // The limiter alone: the attribute cache has its own outage tests.
      ATTRIBUTES_CACHE_TTL_MS: '0',
    });
  });
  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await emulator?.close();
  });

  const read = (token: string) =>
    request(app.getHttpServer()).get('/me/attributes').set('Authorization', `Bearer ${token}`);

  /** The user's read counter as Redis holds it. */
  async function readCounter(sub: string): Promise<string | null> {
    const admin = new Redis(redis.port, '127.0.0.1', { lazyConnect: true });
    try {
      await admin.connect();
      return await admin.get(`${rateLimitKey('read', { kind: 'sub', id: sub })}:hits`);
    } finally {
      admin.disconnect();
    }
  }

  async function connectionReady(): Promise<void> {
    const connection = app.get<RedisConnection>(REDIS_CONNECTION);
    const deadline = Date.now() + 10_000;
    while (connection.client.status !== 'ready') {
      if (Date.now() > deadline) throw new Error('the app did not reconnect to Redis');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('lets requests through while Redis is gone and never charges them afterwards', async () => {
    const user = await createUser(emulator, { name: 'Outage' });
    const other = await createUser(emulator, { name: 'Bystander' });
    await read(user.accessToken).expect(200);
    await read(user.accessToken).expect(200);
    expect(await readCounter(user.sub)).toBe('2');

    // Redis hangs: each increment is sent, gets no answer in time and the request goes through.
    redis.freeze();
    for (let i = 0; i < 4; i++) {
      const res = await read(user.accessToken).expect(200);
      expect(res.headers.ratelimit).toBeUndefined();
    }
    // Then it is killed and restarted at once (a supervisor, a failover), with its data. The
    // increments still unanswered on the dropped connection must not be sent again.
    await redis.kill();
    await redis.restart();
    await connectionReady();
    // The first counted request after a restart may still fall back (a fresh connection, the
    // limiter's script reloaded into the empty script cache) and go uncounted, by design. Wait
    // until another user's requests are counted again, so the exact counts below are the user's.
    for (let i = 0; i < 40; i++) {
      const res = await read(other.accessToken).expect(200);
      if (res.headers.ratelimit !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (let i = 0; i < 20 && (await readCounter(user.sub)) === '2'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await readCounter(user.sub)).toBe('2');

    // The user still has exactly the 3 requests they had left before the outage.
    for (const left of [2, 1, 0]) {
      const res = await read(user.accessToken).expect(200);
      expect(res.headers.ratelimit).toMatch(new RegExp(`^"read";r=${left};`));
    }
    await read(user.accessToken).expect(429);
    expect(await readCounter(user.sub)).toBe('6');
  });
});
