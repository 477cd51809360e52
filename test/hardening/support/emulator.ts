import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, buildAppConfig, validateEnvironment } from '../../../src/config/app-config';
import { createApp } from '../../../src/create-app';
import { LocalCognito, LocalCognitoInfo } from '../../../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../../../src/local-cognito/token-client';

/** A real cognito-local on a free port with its own data dir, for specs that build apps themselves. */
export interface Emulator {
  cognito: LocalCognito;
  info: LocalCognitoInfo;
  dataDir: string;
  tokenFor(who: 'demo' | 'admin'): Promise<string>;
  /** Stops it; `restart()` brings it back on the same port with the same data. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startEmulator(): Promise<Emulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-hardening-'));
  let cognito = await LocalCognito.start({ dataDir, port: 0 });
  const port = Number(new URL(cognito.info.endpoint).port);
  const emulator: Emulator = {
    get cognito() {
      return cognito;
    },
    get info() {
      return cognito.info;
    },
    dataDir,
    tokenFor: async (who) => {
      const user = cognito.info.users[who];
      return (await fetchAccessToken(cognito.info, user.username, user.password)).accessToken;
    },
    stop: () => cognito.stop(),
    restart: async () => {
      cognito = await LocalCognito.start({ dataDir, port });
      if (Number(new URL(cognito.info.endpoint).port) !== port) {
        throw new Error(`emulator came back on another port (${cognito.info.endpoint})`);
      }
    },
    close: async () => {
      await cognito.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return emulator;
}

/** External-emulator mode settings pointing at `endpoint` (the emulator or a proxy in front of it). */
export function emulatorEnv(
  info: LocalCognitoInfo,
  endpoint = info.endpoint,
): Record<string, string> {
  return {
    COGNITO_ENDPOINT: endpoint,
    // Tokens name the emulator itself as issuer, even when the BFF reaches it through a proxy.
    COGNITO_ISSUER: `${info.endpoint}/${info.userPoolId}`,
    COGNITO_USER_POOL_ID: info.userPoolId,
    COGNITO_CLIENT_ID: info.clientId,
    AWS_REGION: info.region,
  };
}

export function testConfig(env: Record<string, string>): AppConfig {
  return buildAppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      // Specs that send many requests from one user opt out; the rate-limit specs opt in.
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    }),
  );
}

/** The real app (createApp, as main.ts builds it), listening on a free loopback port. */
export async function listeningApp(
  env: Record<string, string>,
): Promise<{ app: NestFastifyApplication; url: string; close(): Promise<void> }> {
  const app = await createApp(testConfig(env));
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}
