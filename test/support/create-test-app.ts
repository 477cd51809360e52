import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModuleBuilder } from '@nestjs/testing';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { AppConfig, buildAppConfig, validateEnvironment } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { LocalCognito } from '../../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../../src/local-cognito/token-client';
import {
  createConfirmedUser,
  EmulatorUser,
  emulatorAdminClient,
  heldAttributes,
} from './emulator-users';
import { watchContract } from './openapi-contract';

export type TestUser = EmulatorUser;

export interface TestContext {
  app: NestFastifyApplication;
  /** What supertest's request() takes. */
  server: Parameters<typeof import('supertest')>[0];
  config: AppConfig;
  emulator: LocalCognito;
  /** Admin SDK client against the emulator, for asserting what Cognito holds. */
  cognito: CognitoIdentityProviderClient;
  tokenFor(user: 'demo' | 'admin'): Promise<string>;
  /** A fresh confirmed user of its own, so tests never share state. */
  createUser(attributes?: Record<string, string>): Promise<TestUser>;
  /** Attributes as Cognito holds them (AdminGetUser), unfiltered. */
  cognitoAttributes(username: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment; a function gets the emulator's info (for external-emulator mode). */
  env?: Record<string, string> | ((info: LocalCognito['info']) => Record<string, string>);
  /** Swap providers (e.g. the IdentityProvider for a mocked SDK) only where the emulator can't. */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

/** The real app, wired to a real cognito-local on a free port with a per-run data dir. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-test-'));
  const emulator = await LocalCognito.start({ dataDir, port: 0 });
  const config = buildAppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      // Specs send many requests from one user; the rate-limit specs opt in explicitly.
      RATE_LIMIT_ENABLED: 'false',
      ...(typeof options.env === 'function' ? options.env(emulator.info) : options.env),
    }),
    emulator.info,
  );
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  if (options.override) builder = options.override(builder);
  const moduleRef = await builder.compile();
  const app = await createApp(config, (adapter, options) =>
    moduleRef.createNestApplication<NestFastifyApplication>(adapter, options),
  );
  await app.init();
  watchContract(app.getHttpServer());
  const cognito = emulatorAdminClient(emulator.info);
  const cognitoAttributes = (username: string) => heldAttributes(cognito, emulator.info, username);
  const createUser = (attributes: Record<string, string> = {}) =>
    createConfirmedUser(cognito, emulator.info, attributes);

  return {
    app,
    server: app.getHttpServer(),
    config,
    emulator,
    cognito,
    tokenFor: async (who) => {
      const user = emulator.info.users[who];
      return (await fetchAccessToken(emulator.info, user.username, user.password)).accessToken;
    },
    createUser,
    cognitoAttributes,
    close: async () => {
      await app.close();
      cognito.destroy();
      await emulator.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
