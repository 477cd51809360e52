import Redis from 'ioredis';
import request from 'supertest';
import { attributesKey, RedisAttributesCache } from '../src/cache/redis-attributes-cache';
import type { Attributes } from '../src/identity-provider/identity-provider';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstance, createInstances, TestApp } from './support/test-app';
import { startRedis, TestRedis } from './support/redis-server';

/**
 * Two instances behind a (pretend) load balancer, sharing one real redis-server (REDIS_URL):
 * entries and invalidations are shared, so a write through one instance is read back fresh on
 * the other — also when Redis stalls or is gone.
 */
describe('attribute cache shared through Redis, two instances', () => {
  jest.setTimeout(30_000);
  let redis: TestRedis;
  let admin: Redis;
  let emulator: Emulator;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    [redis, emulator] = await Promise.all([startRedis(), startEmulator()]);
    admin = new Redis(redis.url, { disconnectTimeout: 100 });
    // The longest revocation window, so counting GetUser calls never races it (each instance
    // confirms a token with Cognito once per window; test/revocation.e2e-spec.ts tests that).
    const env = { REDIS_URL: redis.url, TOKEN_REVOCATION_WINDOW_MS: '30000' };
    [a, b] = await createInstances(2, emulator, env);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
    await emulator?.stop();
    await redis?.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  const read = (instance: TestApp, token: string) =>
    request(instance.url).get('/me/attributes').set('Authorization', `Bearer ${token}`);

  const adminUpdate = (user: TestUser, attributes: Record<string, string>) =>
    emulator.changeAttributes(user.username, attributes);

  const readableHeld = async (user: TestUser): Promise<Record<string, string>> => {
    const { 'custom:role': _adminOnly, ...readable } = await emulator.cognitoAttributes(
      user.username,
    );
    return readable;
  };

  it('shares entries: after a read on A, B answers without calling Cognito', async () => {
    const user = await emulator.createUser({ name: 'Shared' });
    // Each instance confirms a token with Cognito once per revocation window: B has done so
    // (and its entry is dropped again), so what B answers next comes from A's load.
    await read(b, user.accessToken).expect(200);
    await b.cache.invalidate(user.sub);
    const getUserA = jest.spyOn(a.idp, 'getUser');
    const getUserB = jest.spyOn(b.idp, 'getUser');
    await read(a, user.accessToken).expect(200);
    const res = await read(b, user.accessToken).expect(200);
    expect(res.body).toEqual({ attributes: await readableHeld(user) });
    expect(getUserA).toHaveBeenCalledTimes(1);
    expect(getUserB).not.toHaveBeenCalled();

    // Redis holds the attributes under the sub, with a TTL, and never the token.
    const stored = await admin.get(attributesKey(user.sub));
    expect(JSON.parse(stored!)).toMatchObject({ sub: user.sub, name: 'Shared' });
    expect(stored).not.toContain(user.accessToken.split('.')[2]);
    const ttl = await admin.pttl(attributesKey(user.sub));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('read-your-writes across instances: a write through one is read fresh on the other', async () => {
    const user = await emulator.createUser({ name: 'v0' });
    for (let i = 1; i <= 4; i++) {
      const [writer, reader] = i % 2 ? [a, b] : [b, a];
      await read(reader, user.accessToken).expect(200); // the reader has it cached
      await writer.cache.mutate(user.sub, () => adminUpdate(user, { name: `v${i}` }));
      const res = await read(reader, user.accessToken).expect(200);
      expect(res.body.attributes.name).toBe(`v${i}`);
      expect(res.body).toEqual({ attributes: await readableHeld(user) });
    }
  });

  it('a burst of 1,000 reads split across A and B costs at most one GetUser per instance', async () => {
    const user = await emulator.createUser({ name: 'Burst' });
    const getUserA = jest.spyOn(a.idp, 'getUser');
    const getUserB = jest.spyOn(b.idp, 'getUser');
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => read(i % 2 ? a : b, user.accessToken)),
    );
    expect(responses.every((r) => r.status === 200 && r.body.attributes.sub === user.sub)).toBe(
      true,
    );
    expect(getUserA.mock.calls.length).toBeLessThanOrEqual(1);
    expect(getUserB.mock.calls.length).toBeLessThanOrEqual(1);
    expect(getUserA.mock.calls.length + getUserB.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('a stall of the whole process during a burst still costs one load (no spurious timeouts)', async () => {
    // What made the burst above flaky on a loaded machine: when the process gets no CPU for longer
    // than the Redis deadline (500 ms) right after sending its GETs, Node runs the expired timers
    // before it reads the answers waiting in the socket. With plain command timeouts every read
    // then "timed out" and went upstream on its own, bypassing the singleflight.
    const user = await emulator.createUser({ name: 'Stalled' });
    const held = await emulator.cognitoAttributes(user.username);
    const load = jest.fn(() => Promise.resolve(held as Attributes));
    const before = a.cache.stats();
    const reads = Array.from({ length: 50 }, () => a.cache.get(user.sub, load));
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        const until = Date.now() + 800;
        while (Date.now() < until); // the GETs are on the wire; the process stalls
        resolve();
      }),
    );
    const results = await Promise.all(reads);
    expect(results.every((r) => r.sub === user.sub)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a.cache.stats().errors - before.errors).toBe(0);
  });

  it('a load on B that started before a write on A never stores its stale result', async () => {
    const user = await emulator.createUser({ name: 'Old' });
    const held = await emulator.cognitoAttributes(user.username);
    let release!: (v: Attributes) => void;
    const slowLoad = new Promise<Attributes>((resolve) => (release = resolve));
    const raced = b.cache.get(user.sub, () => slowLoad);
    await new Promise((resolve) => setTimeout(resolve, 50)); // B's load is under way

    await a.cache.mutate(user.sub, () => adminUpdate(user, { name: 'New' }));
    release(held); // B's load returns what Cognito held before the write
    expect((await raced).name).toBe('Old');

    // Neither instance may serve it now.
    expect((await read(b, user.accessToken).expect(200)).body.attributes.name).toBe('New');
    expect((await read(a, user.accessToken).expect(200)).body.attributes.name).toBe('New');
  });

  it('a Redis write stall after a write: the writer owes the invalidation, nobody reads stale', async () => {
    const user = await emulator.createUser({ name: 'Before stall' });
    await read(a, user.accessToken).expect(200);
    await read(b, user.accessToken).expect(200);
    await a.cache.mutate(user.sub, async () => {
      await adminUpdate(user, { name: 'After stall' });
      // Redis now blocks every write for 1.5 s: A's invalidation after the write times out.
      await admin.call('CLIENT', 'PAUSE', '1500', 'WRITE');
    });
    expect((a.cache as RedisAttributesCache).pending().owed).toBe(1);
    // A reads this user upstream while it owes the invalidation; B sees the tombstone A left
    // before the write.
    expect((await read(a, user.accessToken).expect(200)).body.attributes.name).toBe('After stall');
    expect((await read(b, user.accessToken).expect(200)).body.attributes.name).toBe('After stall');
    // Once Redis takes writes again, the owed invalidation is delivered.
    await waitFor(() => (a.cache as RedisAttributesCache).pending().owed === 0, 5_000);
    expect((await read(b, user.accessToken).expect(200)).body.attributes.name).toBe('After stall');
  });

  it('refuses to start when REDIS_URL does not answer', async () => {
    await expect(createInstance(emulator, { REDIS_URL: 'redis://127.0.0.1:1' })).rejects.toThrow(
      /REDIS_URL is set but Redis did not answer/,
    );
  });

  // Last: stops the shared redis-server.
  it('with Redis gone, reads go to Cognito and writes are refused before anything changes', async () => {
    const user = await emulator.createUser({ name: 'Cached' });
    await read(a, user.accessToken).expect(200);
    await redis.stop();
    await adminUpdate(user, { name: 'Changed in Cognito' });

    const res = await read(a, user.accessToken).expect(200);
    expect(res.body.attributes.name).toBe('Changed in Cognito');

    const write = jest.fn(() => adminUpdate(user, { name: 'Must not land' }));
    await expect(b.cache.mutate(user.sub, write)).rejects.toMatchObject({
      code: 'upstream-unavailable',
      status: 503,
    });
    expect(write).not.toHaveBeenCalled();
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Changed in Cognito');
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
