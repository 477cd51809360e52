/**
 * Local mode's embedded Cognito: seeds cognito-local's data files, runs it as a child process on
 * 127.0.0.1 and publishes how to reach it in `<dataDir>/cognito.json`.
 */
import { mkdir } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { CognitoRpcError, callCognito } from './cognito-rpc';
import { EmulatorProcess } from './emulator-process';
import { NODE_INSPECTOR_PORT, findFreePort, isPortFree } from './free-port';
import { LocalCognitoInfo, LocalCognitoUser, cognitoJsonPath } from './local-cognito-info';
import {
  LOCAL_CLIENT_ID,
  LOCAL_REGION,
  LOCAL_USER_POOL_ID,
  SEED_USERS,
  seedDataFiles,
  writeEmulatorConfig,
  writeJsonFile,
} from './seed';

export type { LocalCognitoInfo, LocalCognitoUser } from './local-cognito-info';
export { readLocalCognitoInfo } from './local-cognito-info';

export interface LocalCognitoOptions {
  /** Absolute. Emulator data lives in `<dataDir>/.cognito/`, the connection file in `cognito.json`. */
  dataDir: string;
  /** Preferred port (default 9339, never 9229); 0 picks a free one. Busy → a free one, logged. */
  port?: number;
  /** Every code cognito-local sends (its CODE env). Default '123456'. */
  verificationCode?: string;
  /** One-line status messages. Default: none. */
  log?: (msg: string) => void;
  /** Also pass cognito-local's own output to `log` (it prints codes and tokens). Default false. */
  echoEmulatorOutput?: boolean;
}

export const DEFAULT_LOCAL_COGNITO_PORT = 9339;
export const DEFAULT_VERIFICATION_CODE = '123456';
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 100;
const LAUNCH_ATTEMPTS = 3;

interface Settings {
  dataDir: string;
  port: number;
  verificationCode: string;
  log: (msg: string) => void;
  echo: boolean;
}

/** The chosen port was grabbed by someone else between our probe and the emulator's bind. */
class PortTakenError extends Error {}

function resolveSettings(opts: LocalCognitoOptions): Settings {
  if (!isAbsolute(opts.dataDir)) {
    throw new Error(`LocalCognito: dataDir must be absolute, got "${opts.dataDir}"`);
  }
  const port = opts.port ?? DEFAULT_LOCAL_COGNITO_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LocalCognito: invalid port ${port}`);
  }
  if (port === NODE_INSPECTOR_PORT) {
    throw new Error(`LocalCognito: port ${port} is Node's inspector port; choose another`);
  }
  const verificationCode = opts.verificationCode ?? DEFAULT_VERIFICATION_CODE;
  if (!verificationCode) throw new Error('LocalCognito: verificationCode must not be empty');
  return {
    dataDir: opts.dataDir,
    port,
    verificationCode,
    log: opts.log ?? (() => undefined),
    echo: opts.echoEmulatorOutput ?? false,
  };
}

async function choosePort(preferred: number, log: (msg: string) => void): Promise<number> {
  if (preferred !== 0 && (await isPortFree(HOST, preferred))) return preferred;
  const port = await findFreePort(HOST);
  if (preferred !== 0) log(`local-cognito: port ${preferred} is in use; using ${port} instead`);
  return port;
}

function startFailure(message: string, child: EmulatorProcess): Error {
  const output = child.recentOutput();
  const tail = output.length ? `\ncognito-local output (last ${output.length} lines):\n` : '';
  return new Error(`LocalCognito: ${message}${tail}${output.join('\n')}`);
}

function exitFailure(child: EmulatorProcess): Error {
  if (child.recentOutput().some((line) => line.includes('EADDRINUSE'))) {
    return new PortTakenError('port taken');
  }
  const { code, signal } = child.exited ?? { code: null, signal: null };
  return startFailure(
    `cognito-local exited early (code ${code}, signal ${signal}); ` +
      'if its data files are damaged, npm run local:reset starts from a fresh pool',
    child,
  );
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** fetch reports "fetch failed" and hides the useful part (ECONNREFUSED...) in `cause`. */
function connectionProblem(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? err.cause.message : err.message;
}

/** Polls DescribeUserPool: it answers only once the server listens *and* has loaded our pool. */
async function waitUntilReady(endpoint: string, child: EmulatorProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (child.exited) throw exitFailure(child);
    try {
      await callCognito(endpoint, 'DescribeUserPool', { UserPoolId: LOCAL_USER_POOL_ID }, 1_000);
      return;
    } catch (err) {
      // An answer that is an error means it runs but without our pool: waiting will not help.
      if (err instanceof CognitoRpcError) throw startFailure(err.message, child);
      lastError = connectionProblem(err);
    }
    await Promise.race([pause(POLL_INTERVAL_MS), child.waitForExit()]);
  }
  if (child.exited) throw exitFailure(child);
  throw startFailure(
    `cognito-local did not answer on ${endpoint} within ${READY_TIMEOUT_MS / 1000} s (${lastError})`,
    child,
  );
}

function seedUserInfo(key: 'demo' | 'admin'): LocalCognitoUser {
  const user = SEED_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`LocalCognito: no seed user "${key}"`);
  return { username: user.email, password: user.password, sub: user.sub };
}

function buildInfo(endpoint: string, verificationCode: string): LocalCognitoInfo {
  return {
    endpoint,
    region: LOCAL_REGION,
    userPoolId: LOCAL_USER_POOL_ID,
    clientId: LOCAL_CLIENT_ID,
    verificationCode,
    users: { demo: seedUserInfo('demo'), admin: seedUserInfo('admin') },
  };
}

export class LocalCognito {
  private stopping: Promise<void> | undefined;

  private constructor(
    readonly info: LocalCognitoInfo,
    private readonly child: EmulatorProcess,
  ) {}

  /** Seeds (first run only), spawns cognito-local, waits until it answers, writes cognito.json. */
  static async start(opts: LocalCognitoOptions): Promise<LocalCognito> {
    const settings = resolveSettings(opts);
    await mkdir(settings.dataDir, { recursive: true });
    if (await seedDataFiles(settings.dataDir)) {
      settings.log(`local-cognito: seeded pool ${LOCAL_USER_POOL_ID} in ${settings.dataDir}`);
    }
    let preferred = settings.port;
    for (let attempt = 1; ; attempt++) {
      const port = await choosePort(preferred, settings.log);
      try {
        return await LocalCognito.launch(settings, port);
      } catch (err) {
        if (!(err instanceof PortTakenError) || attempt >= LAUNCH_ATTEMPTS) throw err;
        settings.log(
          `local-cognito: port ${port} was taken before cognito-local bound it; retrying`,
        );
        preferred = 0;
      }
    }
  }

  private static async launch(settings: Settings, port: number): Promise<LocalCognito> {
    const startedAt = Date.now();
    await writeEmulatorConfig(settings.dataDir, HOST, port);
    const endpoint = `http://${HOST}:${port}`;
    const child = EmulatorProcess.spawn({
      cwd: settings.dataDir,
      host: HOST,
      port,
      verificationCode: settings.verificationCode,
      onLine: settings.echo ? (line) => settings.log(`[cognito-local] ${line}`) : undefined,
    });
    try {
      await waitUntilReady(endpoint, child);
      const info = buildInfo(endpoint, settings.verificationCode);
      await writeJsonFile(cognitoJsonPath(settings.dataDir), info);
      settings.log(
        `local-cognito: cognito-local on ${endpoint} (pool ${info.userPoolId}, ` +
          `client ${info.clientId}) ready in ${Date.now() - startedAt} ms`,
      );
      return new LocalCognito(info, child);
    } catch (err) {
      await child.stop();
      throw err;
    }
  }

  /** The emulator's process id while it runs. */
  get pid(): number | undefined {
    return this.child.exited ? undefined : this.child.pid;
  }

  /** SIGTERM, wait for exit (SIGKILL after ~3 s). Safe to call more than once. */
  stop(): Promise<void> {
    this.stopping ??= this.child.stop();
    return this.stopping;
  }
}
