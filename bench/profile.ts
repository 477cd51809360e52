/**
 * `npm run bench:profile`: where a cached GET /me/attributes spends its CPU.
 *
 * Starts the emulator and one compiled BFF (in-memory cache) under `node --cpu-prof`, warms the
 * cache, drives cached reads for a few seconds, stops the BFF (which writes the profile) and
 * prints the heaviest functions (self and inclusive) and packages. The .cpuprofile file stays in
 * a temp dir for Chrome DevTools / speedscope.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LocalCognito } from '../src/local-cognito/local-cognito';
import { runLoad } from './lib/load';
import { freePort, LIMITS_OUT_OF_REACH, startNode, waitForHttp } from './lib/processes';
import { createBenchUsers } from './lib/users';

const ROOT = resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 8);
// BENCH_PROFILE_PATH=/health/live profiles the framework floor instead (sent without a token).
const PATH = process.env.BENCH_PROFILE_PATH ?? '/me/attributes';
const CONNECTIONS = 16;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-prof-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'profile-bff-cpuprofile-'));
  const emulator = await LocalCognito.start({ dataDir, port: 0 });
  try {
    const info = emulator.info;
    const users = await createBenchUsers(info, CONNECTIONS);
    const port = await freePort();
    const bff = startNode(
      'BFF (profiled)',
      join(ROOT, 'dist', 'main.js'),
      {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
        HOST: '127.0.0.1',
        PORT: String(port),
        COGNITO_ENDPOINT: info.endpoint,
        COGNITO_USER_POOL_ID: info.userPoolId,
        COGNITO_CLIENT_ID: info.clientId,
        ...LIMITS_OUT_OF_REACH,
        // ATTRIBUTES_CACHE_TTL_MS=0 profiles the uncached path instead.
        ATTRIBUTES_CACHE_TTL_MS: process.env.ATTRIBUTES_CACHE_TTL_MS ?? '30000',
      },
      ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    );
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/health/live`, bff);
    const requestFor = (c: number) => ({
      method: 'GET' as const,
      path: PATH,
      headers: (PATH === '/me/attributes'
        ? { authorization: `Bearer ${users[c % users.length].accessToken}` }
        : {}) as Record<string, string>,
    });
    await runLoad({ url, connections: CONNECTIONS, duration: 2, requestFor });
    const loadStart = Date.now();
    const result = await runLoad({ url, connections: CONNECTIONS, duration: SECONDS, requestFor });
    const loadMs = Date.now() - loadStart;
    const stopStart = Date.now();
    await bff.stop();
    const tailMs = Date.now() - stopStart;
    process.stdout.write(`GET ${PATH}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms\n`);
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no .cpuprofile written');
    // Only the measured window: start-up, warm-up and shutdown are cut off.
    report(JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile, loadMs, tailMs);
    process.stdout.write(`profile: ${join(profileDir, file)}\n`);
  } finally {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function packageOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('/dist/')) return 'profile-bff';
  return url;
}

function report(profile: CpuProfile, loadMs: number, tailMs: number): void {
  const windowEnd = profile.endTime - tailMs * 1000;
  const windowStart = windowEnd - loadMs * 1000;
  const inWindow = new Set<number>();
  let t = profile.startTime;
  profile.samples.forEach((_, i) => {
    t += profile.timeDeltas[i];
    if (t >= windowStart && t <= windowEnd) inWindow.add(i);
  });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  for (const [i, id] of profile.samples.entries()) {
    if (!inWindow.has(i)) continue;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    busy += 1;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
    packages.set(
      packageOf(leaf.callFrame.url),
      (packages.get(packageOf(leaf.callFrame.url)) ?? 0) + 1,
    );
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (!seen.has(l)) {
        seen.add(l);
        inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
      }
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  process.stdout.write(`busy samples: ${busy}\n`);
  process.stdout.write(`\nself time by package:\n${top(packages, 15)}\n`);
  process.stdout.write(`\nself time by function:\n${top(self, 25)}\n`);
  process.stdout.write(`\ninclusive time by function:\n${top(inclusive, 60)}\n`);
  // BENCH_PROFILE_CALLERS=writev,deprecate prints the hottest call stacks ending in those.
  for (const name of (process.env.BENCH_PROFILE_CALLERS ?? '').split(',').filter(Boolean)) {
    const stacks = new Map<string, number>();
    for (const [i, id] of profile.samples.entries()) {
      if (!inWindow.has(i) || byId.get(id)!.callFrame.functionName !== name) continue;
      const frames: string[] = [];
      for (
        let cur = parent.get(id);
        cur !== undefined && frames.length < 8;
        cur = parent.get(cur)
      ) {
        frames.push(label(byId.get(cur)!));
      }
      const key = frames.join('\n      <- ');
      stacks.set(key, (stacks.get(key) ?? 0) + 1);
    }
    process.stdout.write(`\ncallers of ${name}:\n${top(stacks, 4)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[profile] failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
