/**
 * Writes the seed files docker-compose mounts into the cognito-local container
 * (docker/cognito-local/.cognito): the same pool, client and users as local mode, listening on
 * 0.0.0.0:9229 inside the container and issuing tokens as http://localhost:9229 (the address
 * clients on the host use). Run: npm run docker:seed
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { emulatorPaths, seedDataFiles, writeJsonFile } from '../src/local-cognito/seed';

const FIXED_TIME = new Date('2026-01-01T00:00:00.000Z');

async function main(): Promise<void> {
  const dir = resolve(__dirname, '..', 'docker', 'cognito-local');
  const paths = emulatorPaths(dir);
  await rm(paths.configDir, { recursive: true, force: true });
  await seedDataFiles(dir, FIXED_TIME);
  await writeJsonFile(paths.configFile, {
    ServerConfig: { hostname: '0.0.0.0', port: 9229 },
    TokenConfig: { IssuerDomain: 'http://localhost:9229' },
  });
  process.stdout.write(`wrote ${paths.configDir}\n`);
}

void main();
