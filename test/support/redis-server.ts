import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A redis-server that can go away and come back on the same port with its data. */
export interface RestartableRedis extends TestRedis {
  /** SIGSTOP: the process stops answering but keeps its connections, as a hung host does. */
  freeze(): void;
  /** SIGKILL (no shutdown, no goodbye to clients); the data written so far is on disk. */
  kill(): Promise<void>;
  /** Starts it again on the same port; it loads what it had. */
  restart(): Promise<void>;
}

export interface TestRedisCluster {
  /** REDIS_URL for the app: every node, comma-separated (use with REDIS_CLUSTER=true). */
  url: string;
  ports: number[];
  stop(): Promise<void>;
}

const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const BASE_ARGS = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];

/** Spawns redis-server and resolves once it accepts connections. */
async function spawnRedis(args: string[]): Promise<ChildProcess> {
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not be started (is it installed?): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code} before it was ready`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // A frozen process only acts on SIGTERM once it runs again.
    if (signal !== 'SIGKILL') child.kill('SIGCONT');
    child.kill(signal);
  });
}

/**
 * A real redis-server (Debian's package; .ci/run installs it) on a free loopback port, with no
 * persistence, for tests that prove several app instances share state through Redis.
 */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const child = await spawnRedis(['--port', String(port), ...BASE_ARGS]);
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopProcess(child) };
}

/**
 * A redis-server whose every write is on disk before it answers (AOF, fsync always), so it can be
 * killed and restarted on the same port with its data: an outage that Redis comes back from.
 */
export async function startRestartableRedis(): Promise<RestartableRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'profile-bff-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
  ];
  let child = await spawnRedis(args);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    freeze: () => void child.kill('SIGSTOP'),
    kill: () => stopProcess(child, 'SIGKILL'),
    restart: async () => {
      child = await spawnRedis(args);
    },
    stop: async () => {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A real three-node Redis Cluster (no replicas) on free loopback ports: three redis-server
 * processes in cluster mode, joined by `redis-cli --cluster create`, ready once every node says
 * cluster_state:ok.
 */
export async function startRedisCluster(): Promise<TestRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'profile-bff-redis-cluster-'));
  const ports = [await freePort(), await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      children.push(
        await spawnRedis([
          '--port',
          String(port),
          ...BASE_ARGS,
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, `nodes-${port}.conf`),
          '--dir',
          dir,
        ]),
      );
    }
    await run('redis-cli', [
      '--cluster',
      'create',
      ...ports.map((port) => `127.0.0.1:${port}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    await waitForClusterOk(ports);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: ports.map((port) => `redis://127.0.0.1:${port}`).join(','), ports, stop };
}

async function waitForClusterOk(ports: number[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const states = await Promise.all(
      ports.map(async (port) => {
        const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']);
        return /cluster_state:ok/.test(stdout);
      }),
    );
    if (states.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error('the test Redis Cluster did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
