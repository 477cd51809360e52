import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import request from 'supertest';
import { MemoryAttributesCache } from '../src/cache/memory-attributes-cache';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstance, TestApp } from './support/test-app';
import { decodeJwtPayload, emulatorKey, signJwt, strangerKey } from './support/jwt-forge';

/**
 * GET /me/attributes through the per-instance cache (no REDIS_URL): repeated and concurrent reads
 * of one user cost one GetUser per TTL, writes made through the cache are read back at once, and
 * every cached read still verifies its token.
 */
describe('attribute cache, one instance (in memory)', () => {
  jest.setTimeout(30_000);
  let emulator: Emulator;
  let app: TestApp;
  let shortTtl: TestApp;
  let twoUsers: TestApp;
  let disabled: TestApp;

  beforeAll(async () => {
    emulator = await startEmulator();
    [app, shortTtl, twoUsers, disabled] = await Promise.all([
      // The longest revocation window, so counting GetUser calls never races it (a token is
      // confirmed with Cognito once per window; test/revocation.e2e-spec.ts tests that).
      createInstance(emulator, { TOKEN_REVOCATION_WINDOW_MS: '30000' }),
      createInstance(emulator, { ATTRIBUTES_CACHE_TTL_MS: '400' }),
      createInstance(emulator, { ATTRIBUTES_CACHE_MAX_ENTRIES: '2' }),
      createInstance(emulator, { ATTRIBUTES_CACHE_TTL_MS: '0' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([app, shortTtl, twoUsers, disabled].map((i) => i?.close()));
    await emulator?.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  const read = (instance: TestApp, token: string) =>
    request(instance.url).get('/me/attributes').set('Authorization', `Bearer ${token}`);

  /** What /me should show: everything Cognito holds except the admin-only attribute. */
  const readableHeld = async (user: TestUser): Promise<Record<string, string>> => {
    const { 'custom:role': _adminOnly, ...readable } = await emulator.cognitoAttributes(
      user.username,
    );
    return readable;
  };

  const adminUpdate = (user: TestUser, attributes: Record<string, string>) =>
    emulator.changeAttributes(user.username, attributes);

  it('answers repeated reads from the cache: Cognito is asked once per user per TTL', async () => {
    const user = await emulator.createUser({ name: 'Ada Lovelace', 'custom:role': 'editor' });
    const getUser = jest.spyOn(app.idp, 'getUser');
    for (let i = 0; i < 3; i++) {
      const res = await read(app, user.accessToken).expect(200);
      expect(res.body).toEqual({ attributes: await readableHeld(user) });
      expect(res.body.attributes).not.toHaveProperty('custom:role');
    }
    expect(getUser).toHaveBeenCalledTimes(1);
  });

  it('a burst of 1,000 concurrent reads of one user costs one GetUser', async () => {
    const user = await emulator.createUser({ name: 'Burst' });
    const getUser = jest.spyOn(app.idp, 'getUser');
    const responses = await Promise.all(
      Array.from({ length: 1000 }, () => read(app, user.accessToken)),
    );
    expect(responses.every((r) => r.status === 200 && r.body.attributes.sub === user.sub)).toBe(
      true,
    );
    expect(getUser).toHaveBeenCalledTimes(1);
    expect(responses[0].body).toEqual({ attributes: await readableHeld(user) });
  });

  it('read-your-writes: a write made through mutate() shows on the very next read', async () => {
    const user = await emulator.createUser({ name: 'Before' });
    await read(app, user.accessToken).expect(200);
    await app.cache.mutate(user.sub, () => adminUpdate(user, { name: 'After' }));
    const res = await read(app, user.accessToken).expect(200);
    expect(res.body.attributes.name).toBe('After');
    expect(res.body).toEqual({ attributes: await readableHeld(user) });
  });

  it('a change made outside the BFF shows after invalidate(sub), or once the TTL ends', async () => {
    const user = await emulator.createUser({ name: 'Old' });
    await read(app, user.accessToken).expect(200);
    await read(shortTtl, user.accessToken).expect(200);
    await adminUpdate(user, { name: 'New' });
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('New');

    // Nobody told the cache: both instances still answer from it...
    expect((await read(app, user.accessToken)).body.attributes.name).toBe('Old');
    expect((await read(shortTtl, user.accessToken)).body.attributes.name).toBe('Old');
    // ...until the entry is invalidated, or its TTL ends.
    await app.cache.invalidate(user.sub);
    expect((await read(app, user.accessToken)).body.attributes.name).toBe('New');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await read(shortTtl, user.accessToken)).body.attributes.name).toBe('New');
  });

  describe('every cached read still verifies its token', () => {
    let user: TestUser;
    let claims: Record<string, unknown>;
    const header = { alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' };
    const now = (): number => Math.floor(Date.now() / 1000);

    beforeAll(async () => {
      user = await emulator.createUser({ name: 'Cached' });
      claims = decodeJwtPayload(user.accessToken);
    });

    it.each([
      ['no token', () => undefined],
      ['a token signed by a stranger’s key', () => signJwt(header, claims, strangerKey())],
      [
        'an expired token for the same sub',
        () => signJwt(header, { ...claims, exp: now() - 3600 }, emulatorKey()),
      ],
      [
        'a tampered token (another client id, signature kept)',
        () => {
          const [h, , s] = user.accessToken.split('.');
          const body = Buffer.from(JSON.stringify({ ...claims, client_id: 'x' }));
          return `${h}.${body.toString('base64url')}.${s}`;
        },
      ],
    ])('refuses %s while the user’s entry is cached', async (_name, token) => {
      await read(app, user.accessToken).expect(200);
      const getUser = jest.spyOn(app.idp, 'getUser');
      const forged = token();
      const req = request(app.url).get('/me/attributes');
      if (forged) req.set('Authorization', `Bearer ${forged}`);
      const res = await req.expect(401);
      expect(res.body).toMatchObject({ code: 'invalid-token' });
      expect(JSON.stringify(res.body)).not.toContain(user.sub);
      expect(getUser).not.toHaveBeenCalled();
    });
  });

  it('never answers one user with another user’s attributes', async () => {
    const users = await Promise.all(
      [0, 1, 2].map((n) => emulator.createUser({ name: `User ${n}` })),
    );
    const rounds = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => ({
        n: i % 3,
        res: await read(app, users[i % 3].accessToken),
      })),
    );
    for (const { n, res } of rounds) {
      expect(res.body.attributes.sub).toBe(users[n].sub);
      expect(res.body.attributes.name).toBe(`User ${n}`);
    }
  });

  it('trade-off: a token whose user was deleted reads from the cache until the TTL ends', async () => {
    const user = await emulator.createUser({ name: 'Leaving' });
    await read(shortTtl, user.accessToken).expect(200);
    await emulator.cognito.send(
      new AdminDeleteUserCommand({
        UserPoolId: emulator.info.userPoolId,
        Username: user.username,
      }),
    );
    // The token is still validly signed and unexpired, and the entry is fresh: served from cache.
    await read(shortTtl, user.accessToken).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const res = await read(shortTtl, user.accessToken).expect(401);
    expect(res.body).toMatchObject({ code: 'invalid-token' });
  });

  it('holds at most ATTRIBUTES_CACHE_MAX_ENTRIES users, dropping the least recently read', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => emulator.createUser()));
    const getUser = jest.spyOn(twoUsers.idp, 'getUser');
    for (const user of [a, b, c]) await read(twoUsers, user.accessToken).expect(200);
    expect((twoUsers.cache as MemoryAttributesCache).size).toBe(2);
    await read(twoUsers, c.accessToken).expect(200); // still cached
    await read(twoUsers, a.accessToken).expect(200); // evicted: loaded again
    expect(getUser).toHaveBeenCalledTimes(4);
  });

  it('ATTRIBUTES_CACHE_TTL_MS=0 reads Cognito on every request', async () => {
    const user = await emulator.createUser({ name: 'Uncached' });
    const getUser = jest.spyOn(disabled.idp, 'getUser');
    for (let i = 0; i < 3; i++) await read(disabled, user.accessToken).expect(200);
    expect(getUser).toHaveBeenCalledTimes(3);
    expect(disabled.cache.stats()).toMatchObject({ kind: 'disabled', hits: 0 });
  });
});
