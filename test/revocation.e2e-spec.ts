import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import request from 'supertest';
import { AppError } from '../src/common/errors/app-error';
import { IdentityProvider } from '../src/identity-provider/identity-provider';
import { fetchAccessToken } from '../src/local-cognito/token-client';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createInstance, createTestApp, TestApp } from './support/test-app';
import { decodeJwtPayload } from './support/jwt-forge';
import { refusedUnchanged } from './support/refused-unchanged';

// Emulator start-up, fresh users and waiting out the window take seconds on a loaded machine.
jest.setTimeout(60_000);

/** Short enough to wait out in a test; the tests wait exactly this long, never more. */
const WINDOW_MS = 2_000;

/**
 * A token's signature only proves what Cognito said when it issued it. Group membership, the
 * account and the token itself can be taken back since: the BFF confirms callers with Cognito at
 * most TOKEN_REVOCATION_WINDOW_MS apart, so a revocation takes effect within that window.
 */
describe('revocation takes effect within TOKEN_REVOCATION_WINDOW_MS', () => {
  let emulator: Emulator;
  let t: TestApp;
  /** A second instance with the longest window, where counting calls cannot race the clock. */
  let longWindow: TestApp;
  let seededAdminToken: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await createTestApp(emulator, { env: { TOKEN_REVOCATION_WINDOW_MS: String(WINDOW_MS) } });
    expect(t.config.auth.revocationWindowMs).toBe(WINDOW_MS);
    longWindow = await createInstance(emulator, { TOKEN_REVOCATION_WINDOW_MS: '30000' });
    seededAdminToken = await emulator.tokenFor('admin');
  });
  afterAll(async () => {
    await longWindow?.close();
    await t?.close();
    await emulator?.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  const pool = () => emulator.info.userPoolId;
  /** The input naming `user` that every Admin* command takes. */
  const of = (user: TestUser) => ({ UserPoolId: pool(), Username: user.username });
  const waitTheWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
  const url = (id: string) => `/users/${encodeURIComponent(id)}/attributes`;
  const expectRefusedUnchanged = refusedUnchanged(() => emulator);

  /** A user of its own, added to the admin group, with a token that claims it. */
  const createAdmin = async (): Promise<TestUser & { email: string }> => {
    const user = await emulator.createUser();
    await emulator.cognito.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: pool(),
        Username: user.username,
        GroupName: 'admin',
      }),
    );
    const email = (await emulator.cognitoAttributes(user.username)).email;
    const { accessToken } = await fetchAccessToken(emulator.info, email, user.password);
    expect(decodeJwtPayload(accessToken)['cognito:groups']).toEqual(['admin']);
    return { ...user, email, accessToken };
  };

  const adminGet = (token: string, id: string, server: string | TestApp['server'] = t.server) =>
    request(server).get(url(id)).set('Authorization', `Bearer ${token}`);
  const adminRoutes = (token: string): Array<(id: string) => request.Test> => [
    (id) => adminGet(token, id),
    (id) =>
      request(t.server)
        .patch(url(id))
        .set('Authorization', `Bearer ${token}`)
        .send({ attributes: { 'custom:role': 'admin', name: 'Changed' } }),
    (id) =>
      request(t.server)
        .delete(`${url(id)}?keys=custom:role`)
        .set('Authorization', `Bearer ${token}`),
  ];

  const groupsOf = async (username: string): Promise<string[]> => {
    const out = await emulator.cognito.send(
      new AdminListGroupsForUserCommand({ UserPoolId: pool(), Username: username }),
    );
    return (out.Groups ?? []).map((g) => g.GroupName!);
  };

  describe.each([
    {
      what: 'removed from the admin group',
      status: 403,
      code: 'forbidden',
      revoke: (admin: TestUser) =>
        emulator.cognito.send(
          new AdminRemoveUserFromGroupCommand({
            UserPoolId: pool(),
            Username: admin.username,
            GroupName: 'admin',
          }),
        ),
      held: async (admin: TestUser) => expect(await groupsOf(admin.username)).toEqual([]),
    },
    {
      what: 'disabled',
      status: 401,
      code: 'invalid-token',
      revoke: (admin: TestUser) => emulator.cognito.send(new AdminDisableUserCommand(of(admin))),
      held: async (admin: TestUser) => {
        expect((await emulator.cognitoUser(admin.username))?.Enabled).toBe(false);
        // cognito-local still signs the disabled user in: only the Enabled flag tells.
        expect(await groupsOf(admin.username)).toEqual(['admin']);
      },
    },
    {
      what: 'deleted',
      status: 401,
      code: 'invalid-token',
      revoke: (admin: TestUser) => emulator.cognito.send(new AdminDeleteUserCommand(of(admin))),
      held: async (admin: TestUser) =>
        expect(await emulator.cognitoUser(admin.username)).toBeUndefined(),
    },
  ])('an admin $what', ({ status, code, revoke, held }) => {
    let admin: TestUser;
    let victim: TestUser;

    beforeAll(async () => {
      [admin, victim] = await Promise.all([
        createAdmin(),
        emulator.createUser({ name: 'Victim', 'custom:role': 'user' }),
      ]);
      // An admin while still one: this request is confirmed with Cognito and the answer reused.
      await adminGet(admin.accessToken, victim.sub).expect(200);
      await revoke(admin);
      await held(admin);
      await waitTheWindow();
    });

    it.each([
      ['GET', 0],
      ['PATCH', 1],
      ['DELETE', 2],
    ])('%s is refused, and the user it names is unchanged', async (_method, i) => {
      const send = adminRoutes(admin.accessToken)[i];
      await expectRefusedUnchanged(victim, () => send(victim.sub), status, code);
    });

    it('while an admin who was not revoked goes on (control)', async () => {
      await adminGet(seededAdminToken, victim.sub).expect(200);
    });
  });

  it('an admin is confirmed with Cognito once per token per window, not per request', async () => {
    const [admin, victim] = await Promise.all([createAdmin(), emulator.createUser()]);
    const getUser = jest.spyOn(longWindow.idp, 'getUser');
    const adminGetUser = jest.spyOn(longWindow.idp, 'adminGetUser');
    const listGroups = jest.spyOn(longWindow.idp, 'adminListGroupsForUser');
    const get = () => adminGet(admin.accessToken, victim.sub, longWindow.url).expect(200);
    await Promise.all(Array.from({ length: 20 }, get));
    for (let i = 0; i < 5; i++) await get();
    expect(getUser).toHaveBeenCalledTimes(1);
    expect(getUser).toHaveBeenCalledWith(admin.accessToken);
    expect(listGroups).toHaveBeenCalledTimes(1);
    expect(listGroups).toHaveBeenCalledWith(admin.username);
    // The caller's own AdminGetUser once, the target's once per request.
    expect(adminGetUser.mock.calls.filter(([u]) => u === admin.username)).toHaveLength(1);
  });

  it('a failed confirmation is not kept: the next request asks Cognito again', async () => {
    const [admin, victim] = await Promise.all([createAdmin(), emulator.createUser()]);
    const idp = t.app.get(IdentityProvider);
    // The emulator cannot be made to fail one call on cue; an outage is what is simulated here.
    const listGroups = jest
      .spyOn(idp, 'adminListGroupsForUser')
      .mockRejectedValueOnce(new AppError('upstream-unavailable', { retryAfter: 5 }));
    await adminGet(admin.accessToken, victim.sub).expect(503);
    await adminGet(admin.accessToken, victim.sub).expect(200);
    expect(listGroups).toHaveBeenCalledTimes(2);
  });

  describe('self-service reads from the attributes cache', () => {
    const readOwn = (token: string, server: string | TestApp['server'] = t.server) =>
      request(server).get('/me/attributes').set('Authorization', `Bearer ${token}`);

    it("a deleted user's cached read stops working within the window", async () => {
      const user = await emulator.createUser({ name: 'Leaving' });
      await readOwn(user.accessToken).expect(200);
      // The attribute cache keeps the entry far longer than the window (30 s by default).
      expect(t.config.attributesCache.ttlMs).toBeGreaterThan(WINDOW_MS * 5);
      await emulator.cognito.send(
        new AdminDeleteUserCommand({ UserPoolId: pool(), Username: user.username }),
      );
      await waitTheWindow();
      const res = await readOwn(user.accessToken).expect(401);
      expect(res.body).toMatchObject({ code: 'invalid-token' });
      expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    });

    it('a burst of 1,000 reads costs one GetUser', async () => {
      const user = await emulator.createUser({ name: 'Reader' });
      const getUser = jest.spyOn(longWindow.idp, 'getUser');
      const responses = await Promise.all(
        Array.from({ length: 1000 }, () => readOwn(user.accessToken, longWindow.url)),
      );
      expect(responses.every((r) => r.status === 200 && r.body.attributes.sub === user.sub)).toBe(
        true,
      );
      expect(getUser).toHaveBeenCalledTimes(1);
      expect(getUser).toHaveBeenCalledWith(user.accessToken);
    });

    it('once the window has passed, one GetUser confirms the token and refreshes the cache', async () => {
      const user = await emulator.createUser({ name: 'Before' });
      const getUser = jest.spyOn(t.app.get(IdentityProvider), 'getUser');
      await readOwn(user.accessToken).expect(200);
      expect(getUser).toHaveBeenCalledTimes(1);
      // Changed behind the cache's back (nothing invalidates the entry).
      await emulator.changeAttributes(user.username, { name: 'After' });
      await waitTheWindow();
      expect((await readOwn(user.accessToken).expect(200)).body.attributes.name).toBe('After');
      expect(getUser).toHaveBeenCalledTimes(2);
      // The confirmation's answer is now the cached entry: the next read costs nothing upstream.
      expect((await readOwn(user.accessToken).expect(200)).body.attributes.name).toBe('After');
      expect(getUser).toHaveBeenCalledTimes(2);
    });
  });
});
