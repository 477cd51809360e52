import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/** The real entry point (src/main.ts) in a child process, as an operator would run it. */
export class ChildService {
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (this.output += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.output += s));
    this.exited = new Promise((done) =>
      child.once('exit', (code, signal) => done({ code, signal })),
    );
  }

  /**
   * `src/main.ts` in local mode on free ports (the API and its own emulator), with its data in
   * `dataDir`, info-level logs and `env` on top.
   */
  static spawnLocal(dataDir: string, env: Record<string, string> = {}): ChildService {
    return ChildService.spawn({
      PORT: '0',
      LOCAL_DATA_DIR: dataDir,
      LOCAL_COGNITO_PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    });
  }

  /** Only the variables given (plus PATH/HOME): nothing from the test's own environment leaks in. */
  static spawn(env: Record<string, string>): ChildService {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', resolve(ROOT, 'src/main.ts')],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new ChildService(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get log(): string {
    return this.output;
  }

  /** Resolves with the first match of `pattern` in the output; fails if the process exits first. */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      const match = pattern.exec(this.output);
      if (match) return match;
      if (exited) throw new Error(`process exited before ${pattern}:\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${pattern}:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Process ids whose parent is this process (the embedded emulator). */
  children(): number[] {
    return childProcesses(this.pid);
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }
}

/** Linux: the processes whose parent is `parent`, optionally only those whose command line matches. */
export function childProcesses(parent: number, commandLine?: RegExp): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== parent) continue;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!commandLine || commandLine.test(cmd)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
