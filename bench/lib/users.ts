/** Bench users: created on the emulator with the admin API and signed in for a token each. */
import { randomUUID } from 'node:crypto';
import { callCognito } from '../../src/local-cognito/cognito-rpc';
import type { LocalCognitoInfo } from '../../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../../src/local-cognito/token-client';

export interface BenchUser {
  username: string;
  sub: string;
  accessToken: string;
}

const PASSWORD = 'Bench-Passw0rd!';

/** A realistic profile: about the size a real app keeps in Cognito. */
export function profile(n: number): Record<string, string> {
  return {
    email_verified: 'true',
    name: `Bench User ${n}`,
    given_name: 'Bench',
    family_name: `User ${n}`,
    locale: 'en-GB',
    zoneinfo: 'Europe/London',
    'custom:display_name': `bench${n}`,
  };
}

export async function createBenchUser(info: LocalCognitoInfo, n: number): Promise<BenchUser> {
  const email = `bench-${n}-${randomUUID()}@example.com`;
  const created = await callCognito<{
    User: { Username: string; Attributes: { Name: string; Value: string }[] };
  }>(info.endpoint, 'AdminCreateUser', {
    UserPoolId: info.userPoolId,
    Username: email,
    MessageAction: 'SUPPRESS',
    UserAttributes: Object.entries({ email, ...profile(n) }).map(([Name, Value]) => ({
      Name,
      Value,
    })),
  });
  await callCognito(info.endpoint, 'AdminSetUserPassword', {
    UserPoolId: info.userPoolId,
    Username: created.User.Username,
    Password: PASSWORD,
    Permanent: true,
  });
  const { accessToken } = await fetchAccessToken(info, email, PASSWORD);
  const sub = created.User.Attributes.find((a) => a.Name === 'sub')?.Value ?? '';
  return { username: created.User.Username, sub, accessToken };
}

export async function createBenchUsers(
  info: LocalCognitoInfo,
  count: number,
): Promise<BenchUser[]> {
  const users: BenchUser[] = [];
  // One at a time: the emulator rewrites its whole data file on every change.
  for (let n = 0; n < count; n++) users.push(await createBenchUser(info, n));
  return users;
}
