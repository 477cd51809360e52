/** `<dataDir>/cognito.json`: how other tools (token script, e2e tests, the BFF) find the emulator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalCognitoUser {
  username: string;
  password: string;
  sub: string;
}

export interface LocalCognitoInfo {
  endpoint: string;
  region: string;
  userPoolId: string;
  clientId: string;
  verificationCode: string;
  users: { demo: LocalCognitoUser; admin: LocalCognitoUser };
}

export const COGNITO_JSON = 'cognito.json';

export function cognitoJsonPath(dataDir: string): string {
  return join(dataDir, COGNITO_JSON);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(obj: Record<string, unknown>, key: string, where: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value === '') {
    throw new Error(`${where}: "${key}" must be a non-empty string`);
  }
  return value;
}

function parseUser(users: Record<string, unknown>, key: string, where: string): LocalCognitoUser {
  const user = users[key];
  if (!isRecord(user)) throw new Error(`${where}: "users.${key}" is missing`);
  const at = `${where} users.${key}`;
  return {
    username: requireString(user, 'username', at),
    password: requireString(user, 'password', at),
    // `sub` is optional in the documented shape; older files may lack it.
    sub: typeof user.sub === 'string' ? user.sub : '',
  };
}

export function parseLocalCognitoInfo(raw: unknown, where: string): LocalCognitoInfo {
  if (!isRecord(raw)) throw new Error(`${where}: not a JSON object`);
  const users = raw.users;
  if (!isRecord(users)) throw new Error(`${where}: "users" is missing`);
  return {
    endpoint: requireString(raw, 'endpoint', where),
    region: requireString(raw, 'region', where),
    userPoolId: requireString(raw, 'userPoolId', where),
    clientId: requireString(raw, 'clientId', where),
    verificationCode: requireString(raw, 'verificationCode', where),
    users: { demo: parseUser(users, 'demo', where), admin: parseUser(users, 'admin', where) },
  };
}

/** Reads `<dataDir>/cognito.json`, written by `LocalCognito.start` (i.e. by `npm start`). */
export function readLocalCognitoInfo(dataDir: string): LocalCognitoInfo {
  const file = cognitoJsonPath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${file} not found: the local Cognito emulator has not run here yet; run npm start first`,
        { cause: err },
      );
    }
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not valid JSON; run npm start to rewrite it`, { cause: err });
  }
  return parseLocalCognitoInfo(raw, file);
}
