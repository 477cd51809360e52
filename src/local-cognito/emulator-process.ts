/** The cognito-local child process: spawn, keep its recent output, stop it, never orphan it. */
import { ChildProcess, spawn } from 'node:child_process';

export interface EmulatorExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface EmulatorSpawnOptions {
  cwd: string;
  host: string;
  port: number;
  verificationCode: string;
  /** Receives every output line when set; by default output is only kept in memory. */
  onLine?: (line: string) => void;
}

const KEPT_LINES = 50;
const STOP_GRACE_MS = 3_000;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The child reads stdin only to notice its parent is gone: the pipe closes even when the parent
 * is SIGKILLed (jest worker teardown, nest --watch restarts), which 'exit' handlers never see.
 */
const PARENT_WATCHDOG =
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();" +
  'require(process.argv[1]);';

/** Drops `--inspect*` from NODE_OPTIONS: the child would otherwise grab the debugger port too. */
function childNodeOptions(value: string | undefined): string | undefined {
  if (!value) return value;
  const kept = value.split(/\s+/).filter((opt) => opt && !opt.startsWith('--inspect'));
  return kept.length ? kept.join(' ') : undefined;
}

function childEnv(opts: EmulatorSpawnOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(opts.port),
    HOST: opts.host,
    // cognito-local uses CODE for every OTP (and as AdminCreateUser's temporary password).
    CODE: opts.verificationCode,
    NODE_OPTIONS: childNodeOptions(process.env.NODE_OPTIONS),
  };
  if (!env.NODE_OPTIONS) delete env.NODE_OPTIONS;
  return env;
}

export class EmulatorProcess {
  private readonly lines: string[] = [];
  private exitInfo: EmulatorExit | undefined;
  private readonly exitPromise: Promise<EmulatorExit>;
  private readonly killOnParentExit = () => this.child.kill('SIGKILL');

  private constructor(
    private readonly child: ChildProcess,
    private readonly onLine?: (line: string) => void,
  ) {
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        process.removeListener('exit', this.killOnParentExit);
        resolve(this.exitInfo);
      });
    });
    child.once('error', (err) => this.keep(`spawn error: ${err.message}`));
    // The parent's 'exit' handlers run synchronously, so a plain kill() is all we can do there.
    process.on('exit', this.killOnParentExit);
    this.capture(child.stdout);
    this.capture(child.stderr);
  }

  static spawn(opts: EmulatorSpawnOptions): EmulatorProcess {
    const startScript = require.resolve('cognito-local/lib/bin/start.js');
    const child = spawn(process.execPath, ['-e', PARENT_WATCHDOG, startScript], {
      cwd: opts.cwd,
      env: childEnv(opts),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new EmulatorProcess(child, opts.onLine);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Set once the child has exited. */
  get exited(): EmulatorExit | undefined {
    return this.exitInfo;
  }

  /** Resolves when the child exits, whoever caused it. */
  waitForExit(): Promise<EmulatorExit> {
    return this.exitPromise;
  }

  /** The last lines the child printed, colours stripped. They can contain codes and tokens. */
  recentOutput(): string[] {
    return [...this.lines];
  }

  /** SIGTERM, then SIGKILL if it is still there after a grace period. */
  async stop(): Promise<void> {
    if (this.exitInfo) return;
    this.child.stdin?.end();
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), STOP_GRACE_MS);
    });
    const outcome = await Promise.race([this.exitPromise, grace]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exitPromise;
    }
  }

  private capture(stream: NodeJS.ReadableStream | null): void {
    if (!stream) return;
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      parts.forEach((line) => this.keep(line));
    });
    stream.on('end', () => {
      if (partial) this.keep(partial);
    });
  }

  private keep(raw: string): void {
    const line = raw.replace(ANSI, '').trimEnd();
    if (!line) return;
    this.lines.push(line);
    if (this.lines.length > KEPT_LINES) this.lines.shift();
    this.onLine?.(line);
  }
}
