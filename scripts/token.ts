/**
 * Prints an access token for a local-mode user, and nothing else, so `$(npm run -s token)` works.
 *
 *   ts-node --transpile-only scripts/token.ts                  demo user
 *   ts-node --transpile-only scripts/token.ts admin            a seeded user by key or email
 *   ts-node --transpile-only scripts/token.ts <user> <pass>    anyone
 *   add --id to print the ID token instead
 *
 * Reads `<LOCAL_DATA_DIR or .local>/cognito.json`, written by `npm start` in local mode.
 */
import { resolve } from 'node:path';
import {
  LocalCognitoInfo,
  LocalCognitoUser,
  readLocalCognitoInfo,
} from '../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../src/local-cognito/token-client';

interface Request {
  username: string;
  password: string;
  idToken: boolean;
}

function dataDir(): string {
  return resolve(process.env.LOCAL_DATA_DIR ?? resolve(__dirname, '..', '.local'));
}

function seededUser(info: LocalCognitoInfo, name: string): LocalCognitoUser | undefined {
  return Object.entries(info.users).find(([key, u]) => key === name || u.username === name)?.[1];
}

function parseArgs(argv: string[], info: LocalCognitoInfo): Request {
  const idToken = argv.includes('--id');
  const [name, password] = argv.filter((a) => a !== '--id');
  if (name && password) return { username: name, password, idToken };
  const user = name ? seededUser(info, name) : info.users.demo;
  if (!user) throw new Error(`unknown user "${name}": pass a password, or one of demo, admin`);
  return { username: user.username, password: user.password, idToken };
}

async function main(): Promise<void> {
  const info = readLocalCognitoInfo(dataDir());
  const request = parseArgs(process.argv.slice(2), info);
  const tokens = await fetchAccessToken(info, request.username, request.password);
  process.stdout.write(`${request.idToken ? tokens.idToken : tokens.accessToken}\n`);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const hint = message.includes('fetch failed') ? ' (is npm start running?)' : '';
  process.stderr.write(`token: ${message}${hint}\n`);
  process.exit(1);
});
