import { Cluster } from 'ioredis';
import request from 'supertest';
import { attributesKey } from '../src/cache/redis-attributes-cache';
import { codeAttemptKey } from '../src/rate-limit/code-attempt-limiter';
import { rateLimitKey } from '../src/rate-limit/rate-limit-key';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstances, TestApp } from './support/test-app';
import { startRedisCluster, TestRedisCluster } from './support/redis-server';

const WRONG = '000000';

/**
 * REDIS_CLUSTER=true against a real three-node Redis Cluster (three redis-server processes joined
 * with redis-cli --cluster create): two app instances share rate limits, the attribute cache and
 * its invalidations, and the wrong-code limit, and each user's keys sit in one hash slot.
 */
describe('Redis Cluster, two instances', () => {
  jest.setTimeout(90_000);
  let cluster: TestRedisCluster;
  let admin: Cluster;
  let emulator: Emulator;
  let a: TestApp;
  let b: TestApp;
  let code: string;

  beforeAll(async () => {
    [cluster, emulator] = await Promise.all([startRedisCluster(), startEmulator()]);
    admin = new Cluster(
      cluster.ports.map((port) => ({ host: '127.0.0.1', port })),
      { redisOptions: { disconnectTimeout: 100 } },
    );
    const env = {
      REDIS_URL: cluster.url,
      REDIS_CLUSTER: 'true',
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_READ: '4',
      // Tokens are confirmed upstream once per window per instance; keep that out of the counts.
      TOKEN_REVOCATION_WINDOW_MS: '30000',
    };
    [a, b] = await createInstances(2, emulator, env);
    code = emulator.info.verificationCode;
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    admin?.disconnect();
    await emulator?.stop();
    await cluster?.stop();
  });

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.accessToken}` });
  const read = (instance: TestApp, user: TestUser) =>
    request(instance.url).get('/me/attributes').set(auth(user));
  const patch = (instance: TestApp, user: TestUser, attributes: Record<string, string>) =>
    request(instance.url).patch('/me/attributes').set(auth(user)).send({ attributes });
  const sendCode = (instance: TestApp, user: TestUser) =>
    request(instance.url).post('/me/attributes/email/verification-code').set(auth(user)).send({});
  const verify = (instance: TestApp, user: TestUser, verifyCode: string) =>
    request(instance.url)
      .post('/me/attributes/email/verify')
      .set(auth(user))
      .send({ code: verifyCode });
  const slotOf = async (key: string) => Number(await admin.call('CLUSTER', 'KEYSLOT', key));

  it('shares one read budget between the instances', async () => {
    const user = await emulator.createUser();
    for (let i = 0; i < 4; i++) await read(i % 2 ? a : b, user).expect(200);
    const refused = await read(a, user).expect(429);
    expect(refused.headers.ratelimit).toMatch(/^"read";r=0;t=\d+$/);
    await read(b, user).expect(429);
    // The counter is in the cluster: 6 requests counted, 4 let through.
    expect(await admin.get(`${rateLimitKey('read', { kind: 'sub', id: user.sub })}:hits`)).toBe(
      '6',
    );
  });

  it('shares cached entries and their invalidation: a write on A is read fresh on B', async () => {
    const user = await emulator.createUser({ name: 'Before' });
    await read(b, user).expect(200); // B confirms the token (GetUser) before the check
    await read(a, user).expect(200); // A confirms it too, and stores what it read
    const getUserB = jest.spyOn(b.idp, 'getUser');
    expect((await read(b, user).expect(200)).body.attributes.name).toBe('Before');
    expect(getUserB).not.toHaveBeenCalled(); // B answered from the entry A stored
    getUserB.mockRestore();
    expect(JSON.parse((await admin.get(attributesKey(user.sub)))!)).toMatchObject({
      sub: user.sub,
      name: 'Before',
    });

    await patch(a, user, { name: 'After' }).expect(200);
    expect((await read(b, user).expect(200)).body.attributes.name).toBe('After');
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('After');
  });

  it('shares the wrong-code limit: 5 wrong codes over both, then the right one is refused', async () => {
    const user = await emulator.createUser({ email_verified: 'false' });
    await sendCode(a, user).expect(202);
    for (let i = 0; i < 5; i++) await verify(i % 2 ? a : b, user, WRONG).expect(400);
    const refused = await verify(b, user, code).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await admin.zcard(codeAttemptKey('verify', user.sub))).toBe(5);
    expect((await emulator.cognitoAttributes(user.username)).email_verified).toBe('false');
  });

  it("keeps each user's keys in one hash slot", async () => {
    const user = await emulator.createUser({ email_verified: 'false' });
    await read(a, user).expect(200);
    await patch(b, user, { name: 'Slot' }).expect(200);
    await read(a, user).expect(200);
    await sendCode(a, user).expect(202);
    await verify(b, user, WRONG).expect(400);

    const tracker = { kind: 'sub' as const, id: user.sub };
    const keys = [
      attributesKey(user.sub),
      `${rateLimitKey('read', tracker)}:hits`,
      `${rateLimitKey('write', tracker)}:hits`,
      `${rateLimitKey('verify', tracker)}:hits`,
      codeAttemptKey('verify', user.sub),
    ];
    for (const key of keys) expect(await admin.exists(key)).toBe(1);
    const slots = await Promise.all(keys.map(slotOf));
    expect(new Set(slots).size).toBe(1);
    // And the users are spread over the cluster: another user's keys hash elsewhere.
    const others = await Promise.all(
      Array.from({ length: 5 }, (_, i) => slotOf(attributesKey(`other-${i}`))),
    );
    expect(others.some((slot) => slot !== slots[0])).toBe(true);
  });
});
