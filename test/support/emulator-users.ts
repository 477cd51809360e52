import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import type { LocalCognitoInfo } from '../../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../../src/local-cognito/token-client';

export interface EmulatorUser {
  username: string;
  password: string;
  sub: string;
  accessToken: string;
}

/** Admin SDK client against the emulator, for seeding users and asserting what Cognito holds. */
export function emulatorAdminClient(info: LocalCognitoInfo): CognitoIdentityProviderClient {
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

/** A fresh confirmed user with its own access token, so tests never share state or budgets. */
export async function createConfirmedUser(
  client: CognitoIdentityProviderClient,
  info: LocalCognitoInfo,
  attributes: Record<string, string> = {},
): Promise<EmulatorUser> {
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

/** Everything Cognito holds for the user now (AdminGetUser), unfiltered. */
export async function heldAttributes(
  client: CognitoIdentityProviderClient,
  info: LocalCognitoInfo,
  username: string,
): Promise<Record<string, string>> {
  const out = await client.send(
    new AdminGetUserCommand({ UserPoolId: info.userPoolId, Username: username }),
  );
  return Object.fromEntries((out.UserAttributes ?? []).map((a) => [a.Name!, a.Value ?? '']));
}
