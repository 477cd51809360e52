import type { Type } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { AttributesCache } from '../../src/cache/attributes-cache';
import { AppConfig, buildAppConfig, validateEnvironment } from '../../src/config/app-config';
import { createApp, ProfileBffApp } from '../../src/create-app';
import { IdentityProvider } from '../../src/identity-provider/identity-provider';
import { Emulator, startEmulator } from './emulator';
import { watchContract } from './openapi-contract';

/** What every app under test starts from; a spec's `env` adds to it or overrides it. */
export const TEST_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  // Specs send many requests from one user; the rate-limit specs opt in explicitly.
  RATE_LIMIT_ENABLED: 'false',
};

export interface TestAppOptions {
  /** Settings on top of TEST_ENV. With `emulator.env()` the app runs in external-emulator mode. */
  env?: Record<string, string>;
  /** Listen on a free loopback port (`url`), for real sockets and concurrent requests. */
  listen?: boolean;
  /** Modules imported next to AppModule (e.g. test-only probe routes). */
  modules?: Type[];
  /** Swap providers (e.g. the IdentityProvider for a mocked SDK) only where the emulator can't. */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /**
   * Check every response against the committed OpenAPI document (default). Off only where the
   * upstream is a scripted fake that answers what Cognito never would.
   */
  contract?: boolean;
}

export interface TestApp {
  app: ProfileBffApp;
  /** What supertest's request() takes. */
  server: Parameters<typeof import('supertest')>[0];
  /** Base URL; only with `listen: true`. */
  readonly url: string;
  config: AppConfig;
  readonly cache: AttributesCache;
  /** The real Cognito adapter; tests spy on it to count upstream calls. */
  readonly idp: IdentityProvider;
  close(): Promise<void>;
}

/** The typed config an app under test gets: local mode on `emulator` unless `env` names another. */
export function testConfig(emulator: Emulator | null, env: Record<string, string> = {}): AppConfig {
  return buildAppConfig(validateEnvironment({ ...TEST_ENV, ...env }), emulator?.info);
}

/**
 * The real app, built as main.ts builds it (createApp), against `emulator` — or, with `null`, the
 * upstream `env` names (a scripted fake). Its responses are checked against the committed spec.
 */
export async function createTestApp(
  emulator: Emulator | null,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const config = testConfig(emulator, options.env);
  let builder = Test.createTestingModule({
    imports: [AppModule.forRoot(config), ...(options.modules ?? [])],
  });
  if (options.override) builder = options.override(builder);
  const moduleRef = await builder.compile();
  const app = await createApp(config, (adapter, appOptions) =>
    moduleRef.createNestApplication<ProfileBffApp>(adapter, appOptions),
  );
  if (options.contract !== false) watchContract(app.getHttpServer());
  let url: string | undefined;
  try {
    if (options.listen) {
      await app.listen(0, '127.0.0.1');
      url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    } else {
      await app.init();
    }
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return {
    app,
    server: app.getHttpServer(),
    get url() {
      if (!url) throw new Error('the test app is not listening: pass { listen: true }');
      return url;
    },
    config,
    get cache() {
      return app.get(AttributesCache);
    },
    get idp() {
      return app.get(IdentityProvider);
    },
    close: () => app.close(),
  };
}

/**
 * One more instance of the app, as another pod behind a balancer would run it: listening on
 * loopback (concurrent requests are real) and reaching the emulator as an external one.
 */
export function createInstance(emulator: Emulator, env: Record<string, string> = {}) {
  return createTestApp(emulator, { env: { ...emulator.env(), ...env }, listen: true });
}

/** `count` instances with the same settings (e.g. one Redis), as pods behind one balancer. */
export function createInstances(
  count: number,
  emulator: Emulator,
  env: Record<string, string> = {},
): Promise<TestApp[]> {
  return Promise.all(Array.from({ length: count }, () => createInstance(emulator, env)));
}

/** For a spec that needs one emulator and one app on it: both, started together. */
export async function startTestApp(
  options: TestAppOptions = {},
): Promise<{ emulator: Emulator; t: TestApp }> {
  const emulator = await startEmulator();
  try {
    return { emulator, t: await createTestApp(emulator, options) };
  } catch (error) {
    await emulator.stop();
    throw error;
  }
}

type Stoppable = { close(): Promise<void> } | { stop(): Promise<void> };

/** Closes what a spec started, in order; skips what a failed beforeAll never made. */
export async function stopAll(...started: Array<Stoppable | undefined>): Promise<void> {
  for (const thing of started) {
    if (thing) await ('close' in thing ? thing.close() : thing.stop());
  }
}
