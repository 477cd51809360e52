/**
 * Forgets local mode's emulator state: deletes `<dataDir>/.cognito` and `<dataDir>/cognito.json`
 * (dataDir = LOCAL_DATA_DIR or `.local`), so the next `npm start` seeds a fresh pool.
 * Nothing else in the data dir is touched.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readLocalCognitoInfo } from '../src/local-cognito/local-cognito';
import { callCognito } from '../src/local-cognito/cognito-rpc';

function dataDir(): string {
  return resolve(process.env.LOCAL_DATA_DIR ?? resolve(__dirname, '..', '.local'));
}

/**
 * cognito-local keeps the whole pool in memory and rewrites its file on every change, so a
 * running emulator would bring the deleted data back.
 */
async function emulatorIsRunning(dir: string): Promise<string | undefined> {
  try {
    const info = readLocalCognitoInfo(dir);
    await callCognito(info.endpoint, 'DescribeUserPool', { UserPoolId: info.userPoolId }, 500);
    return info.endpoint;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const dir = dataDir();
  const running = await emulatorIsRunning(dir);
  if (running && !process.argv.includes('--force')) {
    throw new Error(`an emulator still answers on ${running}; stop npm start first (or --force)`);
  }
  const targets = [join(dir, '.cognito'), join(dir, 'cognito.json')].filter((p) => existsSync(p));
  for (const target of targets) {
    await rm(target, { recursive: true, force: true });
    process.stdout.write(`removed ${target}\n`);
  }
  if (!targets.length) process.stdout.write(`nothing to remove in ${dir}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`local-reset: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
