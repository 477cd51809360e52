import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { AttributesCache } from '../../src/cache/attributes-cache';
import { buildAppConfig, validateEnvironment } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { IdentityProvider } from '../../src/identity-provider/identity-provider';
import type { LocalCognitoInfo } from '../../src/local-cognito/local-cognito';
import { watchContract } from './openapi-contract';

/** One more instance of the app, listening on loopback, e.g. the second pod behind a balancer. */
export interface AppInstance {
  app: NestFastifyApplication;
  /** Base URL for supertest (a listening server, so concurrent requests are real). */
  url: string;
  cache: AttributesCache;
  /** The real Cognito adapter; tests spy on it to count upstream calls. */
  idp: IdentityProvider;
  close(): Promise<void>;
}

/** Starts the real app against an already running emulator (external-emulator mode). */
export async function startAppInstance(
  emulator: LocalCognitoInfo,
  env: Record<string, string> = {},
): Promise<AppInstance> {
  const config = buildAppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      COGNITO_ENDPOINT: emulator.endpoint,
      COGNITO_USER_POOL_ID: emulator.userPoolId,
      COGNITO_CLIENT_ID: emulator.clientId,
      // Bursts of reads from one user are the point here; the rate-limit specs test limits.
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    }),
  );
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
  }).compile();
  const app = await createApp(config, (adapter, options) =>
    moduleRef.createNestApplication<NestFastifyApplication>(adapter, options),
  );
  watchContract(app.getHttpServer());
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return {
    app,
    url: await app.getUrl(),
    cache: app.get(AttributesCache),
    idp: app.get(IdentityProvider),
    close: () => app.close(),
  };
}
