import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USER_POOL_AWS_DEFAULTS } from 'cognito-local/lib/services/cognitoService';
import { callCognito } from './cognito-rpc';
import { LocalCognito, readLocalCognitoInfo } from './local-cognito';
import { STANDARD_SCHEMA_ATTRIBUTES } from './seed';
import { fetchAccessToken } from './token-client';

jest.setTimeout(30_000);

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface GetUserResponse {
  Username: string;
  UserAttributes: { Name: string; Value: string }[];
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('LocalCognito', () => {
  let dataDir: string;
  let emulator: LocalCognito | undefined;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-cognito-'));
    emulator = await LocalCognito.start({ dataDir, port: 0, log: (m) => logs.push(m) });
  });

  afterAll(async () => {
    await emulator?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes cognito.json in the documented shape', async () => {
    const info = emulator!.info;
    const raw = JSON.parse(await readFile(join(dataDir, 'cognito.json'), 'utf8')) as unknown;
    expect(raw).toEqual(info);
    expect(Object.keys(info)).toEqual([
      'endpoint',
      'region',
      'userPoolId',
      'clientId',
      'verificationCode',
      'users',
    ]);
    expect(info.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.endpoint).not.toMatch(/:9229$/);
    expect(info).toMatchObject({ region: 'us-east-1', verificationCode: '123456' });
    expect(info.clientId).toMatch(/^[a-z0-9]{26}$/);
    expect(info.users.demo).toMatchObject({
      username: 'demo@example.com',
      password: 'Demo-Passw0rd!',
    });
    expect(info.users.admin.username).toBe('admin@example.com');
    expect(readLocalCognitoInfo(dataDir)).toEqual(info);
    expect(logs.some((l) => l.includes('seeded pool'))).toBe(true);
  });

  it('issues access tokens that look like Cognito ones', async () => {
    const { endpoint, userPoolId, clientId, users } = emulator!.info;
    const tokens = await fetchAccessToken(emulator!.info, users.demo.username, users.demo.password);
    const access = claims(tokens.accessToken);
    expect(access).toMatchObject({
      iss: `${endpoint}/${userPoolId}`,
      token_use: 'access',
      client_id: clientId,
      sub: users.demo.sub,
      username: users.demo.sub,
    });
    expect(String(access.scope).split(' ')).toContain('aws.cognito.signin.user.admin');
    expect(access['cognito:groups']).toBeUndefined();
    expect(tokens.expiresIn).toBe(3600);
    expect(claims(tokens.idToken)).toMatchObject({ token_use: 'id', aud: clientId });

    const admin = await fetchAccessToken(
      emulator!.info,
      users.admin.username,
      users.admin.password,
    );
    expect(claims(admin.accessToken)['cognito:groups']).toEqual(['admin']);
  });

  it('fails with the emulator’s __type', async () => {
    const info = emulator!.info;
    // cognito-local quirk: a wrong password is InvalidPasswordException (Cognito: NotAuthorized).
    await expect(fetchAccessToken(info, info.users.demo.username, 'wrong')).rejects.toMatchObject({
      type: 'InvalidPasswordException',
    });
    await expect(fetchAccessToken(info, 'nobody@example.com', 'x')).rejects.toMatchObject({
      type: 'NotAuthorizedException',
    });
  });

  it('serves the seeded pool and client as DescribeUserPool(Client) return them', async () => {
    const { endpoint, userPoolId, clientId } = emulator!.info;
    const { UserPool } = await callCognito<{ UserPool: Record<string, unknown> }>(
      endpoint,
      'DescribeUserPool',
      { UserPoolId: userPoolId },
    );
    expect(UserPool).toMatchObject({
      Id: userPoolId,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
    });
    // cognito-local quirk: DescribeUserPool omits UserAttributeUpdateSettings (see next test).
    expect(UserPool.UserAttributeUpdateSettings).toBeUndefined();
    const schema = UserPool.SchemaAttributes as { Name: string }[];
    expect(schema.map((a) => a.Name)).toEqual(
      expect.arrayContaining(['sub', 'email', 'custom:display_name', 'custom:role']),
    );
    const { UserPoolClient } = await callCognito<{ UserPoolClient: Record<string, string[]> }>(
      endpoint,
      'DescribeUserPoolClient',
      { UserPoolId: userPoolId, ClientId: clientId },
    );
    expect(UserPoolClient.ReadAttributes).toContain('custom:display_name');
    expect(UserPoolClient.ReadAttributes).not.toContain('custom:role');
    expect(UserPoolClient.WriteAttributes).not.toEqual(expect.arrayContaining(['email_verified']));
  });

  it('keeps the old email until the new one is verified', async () => {
    const { endpoint, users } = emulator!.info;
    const { accessToken } = await fetchAccessToken(
      emulator!.info,
      users.admin.username,
      users.admin.password,
    );
    const update = await callCognito<{ CodeDeliveryDetailsList: unknown[] }>(
      endpoint,
      'UpdateUserAttributes',
      {
        AccessToken: accessToken,
        UserAttributes: [{ Name: 'email', Value: 'new-admin@example.com' }],
      },
    );
    expect(update.CodeDeliveryDetailsList).toHaveLength(1);
    const user = await callCognito<GetUserResponse>(endpoint, 'GetUser', {
      AccessToken: accessToken,
    });
    expect(user.UserAttributes).toContainEqual({ Name: 'email', Value: users.admin.username });
    expect(user.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
  });

  it('keeps users’ changes across a restart and leaves no process behind', async () => {
    const info = emulator!.info;
    const { accessToken } = await fetchAccessToken(
      info,
      info.users.demo.username,
      info.users.demo.password,
    );
    await callCognito(info.endpoint, 'UpdateUserAttributes', {
      AccessToken: accessToken,
      UserAttributes: [{ Name: 'name', Value: 'Renamed Demo' }],
    });

    const pid = emulator!.pid!;
    await emulator!.stop();
    await emulator!.stop(); // idempotent
    expect(isRunning(pid)).toBe(false);
    expect(emulator!.pid).toBeUndefined();

    emulator = await LocalCognito.start({ dataDir, port: 0 });
    const fresh = await fetchAccessToken(
      emulator.info,
      info.users.demo.username,
      info.users.demo.password,
    );
    const user = await callCognito<GetUserResponse>(emulator.info.endpoint, 'GetUser', {
      AccessToken: fresh.accessToken,
    });
    expect(user.UserAttributes).toContainEqual({ Name: 'name', Value: 'Renamed Demo' });
    // The issuer follows the new port because config.json is rewritten on every start.
    expect(claims(fresh.accessToken).iss).toBe(
      `${emulator.info.endpoint}/${emulator.info.userPoolId}`,
    );
  });

  it('falls back to a free port when the preferred one is busy', async () => {
    const blocker = await listen(0);
    const busy = (blocker.address() as { port: number }).port;
    const dir = await mkdtemp(join(tmpdir(), 'local-cognito-busy-'));
    const messages: string[] = [];
    const other = await LocalCognito.start({
      dataDir: dir,
      port: busy,
      log: (m) => messages.push(m),
    });
    try {
      expect(other.info.endpoint).not.toBe(`http://127.0.0.1:${busy}`);
      expect(messages.some((m) => m.includes(`port ${busy} is in use`))).toBe(true);
    } finally {
      await other.stop();
      blocker.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('LocalCognito options and files', () => {
  it('refuses Node’s inspector port and relative data dirs', async () => {
    await expect(LocalCognito.start({ dataDir: tmpdir(), port: 9229 })).rejects.toThrow(
      /inspector/,
    );
    await expect(LocalCognito.start({ dataDir: '.local' })).rejects.toThrow(/absolute/);
  });

  it('explains how to create a missing cognito.json', () => {
    expect(() => readLocalCognitoInfo(join(tmpdir(), 'no-such-local-dir'))).toThrow(
      /run npm start first/,
    );
  });

  it('seeds the same standard attributes as cognito-local’s AWS defaults', () => {
    expect(STANDARD_SCHEMA_ATTRIBUTES).toEqual(USER_POOL_AWS_DEFAULTS.SchemaAttributes);
  });
});
