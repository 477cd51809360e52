import { Logger } from '@nestjs/common';
import {
  AppConfig,
  buildAppConfig,
  cognitoModeOf,
  EnvironmentVariables,
  LocalCognitoEndpoint,
  localEmulatorSettings,
} from './config/app-config';
import { drainHttpServer } from './common/http/drain-http-server';
import { createApp, ProfileBffApp } from './create-app';
import { JwksWarmup } from './health/jwks-warmup';
import { PolicyCheckService } from './policy-check/policy-check.service';

/** How long the local-mode banner waits for the start-up checks' log lines. */
const STARTUP_CHECKS_WAIT_MS = 3_000;

export interface RunningService {
  app: ProfileBffApp;
  config: AppConfig;
  url: string;
  /**
   * Stops accepting, lets in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), then closes the
   * app (Cognito client, Redis, metrics port) and the embedded emulator.
   */
  stop(): Promise<void>;
}

interface EmbeddedEmulator {
  info: LocalCognitoEndpoint & { users: { demo: { username: string; password: string } } };
  stop(): Promise<void>;
}

/** Starts the embedded emulator in local mode (a dev dependency, loaded only when needed). */
async function startEmbeddedEmulator(env: EnvironmentVariables): Promise<EmbeddedEmulator> {
  const local = localEmulatorSettings(env);
  let mod: typeof import('./local-cognito/local-cognito');
  try {
    mod = await import('./local-cognito/local-cognito');
  } catch (error) {
    throw new Error(
      'Local mode needs the dev dependencies (cognito-local). Run `npm ci`, or set ' +
        'COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID for real Cognito.',
      { cause: error },
    );
  }
  const logger = new Logger('LocalCognito');
  return mod.LocalCognito.start({
    dataDir: local.dataDir,
    port: local.port,
    verificationCode: local.verificationCode,
    log: (msg) => logger.log(msg),
  });
}

export async function startService(env: EnvironmentVariables): Promise<RunningService> {
  const emulator = cognitoModeOf(env) === 'local' ? await startEmbeddedEmulator(env) : undefined;
  try {
    const config = buildAppConfig(env, emulator?.info);
    const app = await createApp(config);
    await app.listen(config.http.port, config.http.host);
    const url = (await app.getUrl()).replace('[::1]', 'localhost');
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        // Drain first: Nest's close() runs the modules' destroy hooks (the Cognito client among
        // them) before it closes the server, which would fail the requests still in flight.
        await drainHttpServer(app.getHttpServer(), config.resilience.shutdownTimeoutMs);
        await app.close();
        await emulator?.stop();
      })());
    if (emulator) {
      await startupChecksLogged(app);
      printBanner(url, emulator);
    }
    return { app, config, url, stop };
  } catch (error) {
    await emulator?.stop();
    throw error;
  }
}

/**
 * The background checks that log their outcome at start-up (JWKS load, policy vs pool), so the
 * banner comes after their lines and stays the last thing on the screen. Bounded: a slow check
 * never holds the banner back for long.
 */
async function startupChecksLogged(app: ProfileBffApp): Promise<void> {
  const checks = [app.get(JwksWarmup).loaded, app.get(PolicyCheckService).startupCheck];
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(checks),
    new Promise((resolve) => (timer = setTimeout(resolve, STARTUP_CHECKS_WAIT_MS))),
  ]);
  clearTimeout(timer);
}

function printBanner(url: string, emulator: EmbeddedEmulator): void {
  const demo = emulator.info.users.demo;
  const lines = [
    '',
    '  profile-bff is running on the embedded Cognito emulator (local mode)',
    `  API         ${url}`,
    `  Swagger UI  ${url}/docs`,
    `  Emulator    ${emulator.info.endpoint}  pool ${emulator.info.userPoolId}`,
    `  Demo user   ${demo.username} / ${demo.password}`,
    '  Get a token npm run -s token      (then: curl -H "Authorization: Bearer $TOKEN" ' +
      `${url}/me/attributes)`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
