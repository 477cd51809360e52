import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminGetUserCommandOutput,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalCognito, LocalCognitoInfo } from '../../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../../src/local-cognito/token-client';

export interface TestUser {
  username: string;
  password: string;
  sub: string;
  accessToken: string;
}

/** A real cognito-local on a free port with a data dir of its own, and what specs do with it. */
export interface Emulator {
  readonly info: LocalCognitoInfo;
  readonly dataDir: string;
  /** Admin SDK client against the emulator, for seeding users and asserting what Cognito holds. */
  readonly cognito: CognitoIdentityProviderClient;
  /** External-emulator settings pointing at `endpoint` (the emulator, or a proxy in front of it). */
  env(endpoint?: string): Record<string, string>;
  /** An access token for a seeded user. */
  tokenFor(who: 'demo' | 'admin'): Promise<string>;
  /** A fresh confirmed user with its own token, so tests never share state or budgets. */
  createUser(attributes?: Record<string, string>): Promise<TestUser>;
  /** Everything Cognito holds for the user now (AdminGetUser), unfiltered. */
  cognitoAttributes(username: string): Promise<Record<string, string>>;
  /** Changes attributes at Cognito directly (AdminUpdateUserAttributes), past the BFF. */
  changeAttributes(username: string, attributes: Record<string, string>): Promise<void>;
  /** The user as Cognito holds it (AdminGetUser: status, enabled…), or undefined when it has none. */
  cognitoUser(username: string): Promise<AdminGetUserCommandOutput | undefined>;
  /** An outage: the emulator process stops; `restart()` brings it back on the same port and data. */
  halt(): Promise<void>;
  restart(): Promise<void>;
  /** Stops it for good and removes its data. */
  stop(): Promise<void>;
}

export async function startEmulator(): Promise<Emulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-test-'));
  let local = await LocalCognito.start({ dataDir, port: 0 });
  const port = Number(new URL(local.info.endpoint).port);
  const cognito = emulatorAdminClient(local.info);
  return {
    get info() {
      return local.info;
    },
    dataDir,
    cognito,
    env: (endpoint = local.info.endpoint) => ({
      COGNITO_ENDPOINT: endpoint,
      // Tokens name the emulator itself as issuer, even when the BFF reaches it through a proxy.
      COGNITO_ISSUER: `${local.info.endpoint}/${local.info.userPoolId}`,
      COGNITO_USER_POOL_ID: local.info.userPoolId,
      COGNITO_CLIENT_ID: local.info.clientId,
      AWS_REGION: local.info.region,
    }),
    tokenFor: async (who) => {
      const user = local.info.users[who];
      return (await fetchAccessToken(local.info, user.username, user.password)).accessToken;
    },
    createUser: (attributes = {}) => createConfirmedUser(cognito, local.info, attributes),
    cognitoAttributes: (username) => heldAttributes(cognito, local.info, username),
    changeAttributes: async (username, attributes) => {
      await cognito.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: local.info.userPoolId,
          Username: username,
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
    },
    cognitoUser: async (username) => {
      try {
        return await cognito.send(
          new AdminGetUserCommand({ UserPoolId: local.info.userPoolId, Username: username }),
        );
      } catch (error) {
        if ((error as Error).name === 'UserNotFoundException') return undefined;
        throw error;
      }
    },
    halt: () => local.stop(),
    restart: async () => {
      local = await LocalCognito.start({ dataDir, port });
      if (Number(new URL(local.info.endpoint).port) !== port) {
        throw new Error(`emulator came back on another port (${local.info.endpoint})`);
      }
    },
    stop: async () => {
      cognito.destroy();
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function emulatorAdminClient(info: LocalCognitoInfo): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: info.region,
    endpoint: info.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    // No keep-alive: a socket left idle by an earlier burst can be closed by the emulator just as
    // this client reuses it ("socket hang up"), and with one attempt the test would fail on that.
    requestHandler: { httpAgent: new Agent({ keepAlive: false }) },
  });
}

async function createConfirmedUser(
  client: CognitoIdentityProviderClient,
  info: LocalCognitoInfo,
  attributes: Record<string, string>,
): Promise<TestUser> {
  const email = `user-${randomUUID()}@example.com`;
  const password = 'Test-Passw0rd!';
  const out = await client.send(
    new AdminCreateUserCommand({
      UserPoolId: info.userPoolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries({ email, email_verified: 'true', ...attributes }).map(
        ([Name, Value]) => ({ Name, Value }),
      ),
    }),
  );
  const username = out.User!.Username!;
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: info.userPoolId,
      Username: username,
      Password: password,
      Permanent: true,
    }),
  );
  const { accessToken } = await fetchAccessToken(info, email, password);
  const sub = out.User!.Attributes!.find((a) => a.Name === 'sub')!.Value!;
  return { username, password, sub, accessToken };
}

async function heldAttributes(
  client: CognitoIdentityProviderClient,
  info: LocalCognitoInfo,
  username: string,
): Promise<Record<string, string>> {
  const out = await client.send(
    new AdminGetUserCommand({ UserPoolId: info.userPoolId, Username: username }),
  );
  return Object.fromEntries((out.UserAttributes ?? []).map((a) => [a.Name!, a.Value ?? '']));
}
