import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { randomUUID } from 'node:crypto';
import { fetchAccessToken } from '../../../src/local-cognito/token-client';
import type { Emulator } from './emulator';

export interface HardeningUser {
  username: string;
  sub: string;
  accessToken: string;
  /** What Cognito holds for this user now (AdminGetUser). */
  cognitoAttributes(): Promise<Record<string, string>>;
}

function adminClient(emulator: Emulator): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: emulator.info.region,
    endpoint: emulator.info.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** A fresh confirmed user with a token, so tests never share rate-limit budgets or state. */
export async function createUser(
  emulator: Emulator,
  attributes: Record<string, string> = {},
): Promise<HardeningUser> {
  const email = `user-${randomUUID()}@example.com`;
  const password = 'Test-Passw0rd!';
  const { userPoolId } = emulator.info;
  const client = adminClient(emulator);
  try {
    const out = await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
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
        UserPoolId: userPoolId,
        Username: username,
        Password: password,
        Permanent: true,
      }),
    );
    const { accessToken } = await fetchAccessToken(emulator.info, email, password);
    return {
      username,
      sub: out.User!.Attributes!.find((a) => a.Name === 'sub')!.Value!,
      accessToken,
      cognitoAttributes: () => cognitoAttributes(emulator, username),
    };
  } finally {
    client.destroy();
  }
}

export async function cognitoAttributes(
  emulator: Emulator,
  username: string,
): Promise<Record<string, string>> {
  const client = adminClient(emulator);
  try {
    const out = await client.send(
      new AdminGetUserCommand({ UserPoolId: emulator.info.userPoolId, Username: username }),
    );
    return Object.fromEntries((out.UserAttributes ?? []).map((a) => [a.Name!, a.Value ?? '']));
  } finally {
    client.destroy();
  }
}
