/**
 * `npm run example`: the BFF in local mode (embedded emulator, CORS for the example's origin) and
 * the example web app (examples/web, Vite dev server) with one command; prints the URL.
 *
 *   PORT          the BFF's port (default 3000)
 *   EXAMPLE_PORT  the web app's port (default 5173; a busy one falls back to a free port)
 *
 * Expects `nest build` to have run (the npm script does it). Ctrl-C stops both.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { findFreePort, isPortFree } from '../src/local-cognito/free-port';
import { readLocalCognitoInfo } from '../src/local-cognito/local-cognito';

const ROOT = resolve(__dirname, '..');
const WEB_DIR = join(ROOT, 'examples', 'web');
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 90_000;

const children: ChildProcess[] = [];
let stopping = false;

function abort(message: string): void {
  process.stderr.write(`npm run example: ${message}\n`);
  stop(1);
}

function fail(message: string): never {
  abort(message);
  throw new Error(message);
}

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  if (running.length === 0) process.exit(code);
  let left = running.length;
  for (const child of running) {
    child.once('exit', () => --left === 0 && process.exit(code));
    child.kill('SIGTERM');
  }
}

function start(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd, env, stdio: 'inherit' });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) abort(`${name} stopped (${signal ?? `exit code ${code}`})`);
  });
  return child;
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return;
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

async function main(): Promise<void> {
  if (process.env.COGNITO_USER_POOL_ID || process.env.COGNITO_ENDPOINT) {
    fail('the example runs the BFF in local mode: unset COGNITO_USER_POOL_ID and COGNITO_ENDPOINT');
  }
  const apiPort = Number(process.env.PORT ?? 3000);
  if (!(await isPortFree(HOST, apiPort))) {
    fail(`port ${apiPort} is in use (is npm start running?): stop it, or set PORT`);
  }
  const preferred = Number(process.env.EXAMPLE_PORT ?? 5173);
  const webPort = (await isPortFree(HOST, preferred)) ? preferred : await findFreePort(HOST);
  const webOrigins = [`http://${HOST}:${webPort}`, `http://localhost:${webPort}`];
  const corsOrigins = [process.env.CORS_ORIGINS, ...webOrigins].filter(Boolean).join(',');

  const bff = start('the BFF', ['--enable-source-maps', 'dist/main'], ROOT, {
    ...process.env,
    HOST,
    PORT: String(apiPort),
    CORS_ORIGINS: corsOrigins,
    // One log line per request drowns the banners; LOG_LEVEL=info brings them back.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const apiUrl = `http://${HOST}:${apiPort}`;
  await waitForHttp(`${apiUrl}/health/live`, bff);

  // The BFF has (re)written cognito.json before it listens.
  const info = readLocalCognitoInfo(resolve(ROOT, process.env.LOCAL_DATA_DIR ?? '.local'));
  const config = {
    apiUrl,
    cognito: {
      userPoolId: info.userPoolId,
      userPoolClientId: info.clientId,
      userPoolEndpoint: info.endpoint,
    },
  };
  const vite = join(
    dirname(require.resolve('vite/package.json', { paths: [WEB_DIR] })),
    'bin',
    'vite.js',
  );
  const web = start(
    'the web app',
    [vite, '--host', HOST, '--port', String(webPort), '--strictPort', '--clearScreen', 'false'],
    WEB_DIR,
    { ...process.env, EXAMPLE_CONFIG_JSON: JSON.stringify(config) },
  );
  await waitForHttp(`${webOrigins[0]}/config.json`, web);

  const demo = info.users.demo;
  process.stdout.write(
    [
      '',
      '  Example web app (React + Vite, aws-amplify v6) on profile-bff',
      `  Open        ${webOrigins[0]}`,
      `  Sign in as  ${demo.username} / ${demo.password}   (codes: ${info.verificationCode})`,
      `  API         ${apiUrl}   Swagger UI ${apiUrl}/docs`,
      '  Ctrl-C stops both',
      '',
    ].join('\n') + '\n',
  );
}

process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
main().catch((error: unknown) => {
  if (!stopping) abort((error as Error).message);
});
