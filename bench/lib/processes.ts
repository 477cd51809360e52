/** Child processes of the benchmark: started with a parent watchdog, measured, stopped. */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The child exits when the bench dies, even by SIGKILL: its stdin pipe closes. */
const PARENT_WATCHDOG =
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();" +
  'require(process.argv[1]);';

export interface NodeChild {
  name: string;
  pid: number;
  /** Last lines of stderr, for start-up failures. */
  stderrTail(): string;
  stop(): Promise<void>;
}

export function startNode(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  nodeFlags: string[] = [],
): NodeChild {
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeFlags, '-e', PARENT_WATCHDOG, script],
    {
      env,
      // stdout (request logs) goes to /dev/null: the service still formats every line.
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  const tail: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    pid: child.pid ?? -1,
    stderrTail: () => tail.join('\n'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Polls until the URL answers 200, or fails with the child's last output. */
export async function waitForHttp(
  url: string,
  child: NodeChild,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.name} did not answer on ${url}:\n${child.stderrTail()}`);
}

/** Peak resident set size of a process so far (Linux VmHWM), in MB; undefined elsewhere. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return kb ? Math.round(Number(kb[1]) / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples RSS with `ps` where /proc is missing (macOS); call stop() for the peak in MB. */
export function sampleRss(pid: number): { stop(): number | undefined } {
  let peakKb = 0;
  const timer = setInterval(() => {
    const ps = spawn('ps', ['-o', 'rss=', '-p', String(pid)]);
    let out = '';
    ps.stdout.on('data', (d: Buffer) => (out += d.toString()));
    ps.on('close', () => (peakKb = Math.max(peakKb, Number(out.trim()) || 0)));
    ps.on('error', () => undefined);
  }, 250);
  return {
    stop: () => {
      clearInterval(timer);
      return peakRssMb(pid) ?? (peakKb ? Math.round(peakKb / 102.4) / 10 : undefined);
    },
  };
}

/**
 * One user (or a handful) drives all the load, so the per-user limits would answer 429 to almost
 * everything: they stay on (the guard's cost is measured) but out of reach.
 */
export const LIMITS_OUT_OF_REACH = {
  RATE_LIMIT_READ: '1000000',
  RATE_LIMIT_WRITE: '1000000',
  RATE_LIMIT_VERIFY: '1000000',
};
