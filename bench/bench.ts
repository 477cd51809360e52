/**
 * `npm run bench`: one command, one run, every number the performance issue asks for.
 *
 * Starts the embedded emulator (cognito-local, temp data dir, free port), the compiled BFF as
 * separate processes (cache disabled / in memory / in Redis when redis-server is installed), a
 * bare JWT-verifying http server, and counting proxies in front of the emulator; drives load with
 * autocannon on 127.0.0.1 only; prints a table and writes bench/results.json. Bounded: about two
 * minutes on a 2-core machine.
 *
 * Pairs that are compared run alternately (A B B A) so drift on a noisy machine hits both sides.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAppConfig, validateEnvironment } from '../src/config/app-config';
import { LocalCognito } from '../src/local-cognito/local-cognito';
import { CountingProxy, startCountingProxy } from './lib/counting-proxy';
import { LoadRequest, LoadResult, round, runLoad } from './lib/load';
import {
  freePort,
  LIMITS_OUT_OF_REACH,
  NodeChild,
  peakRssMb,
  startNode,
  waitForHttp,
} from './lib/processes';
import { randomUUID } from 'node:crypto';
import { MemoryAttributesCache } from '../src/cache/memory-attributes-cache';
import { startBenchRedis } from './lib/redis';
import { printTable, machineInfo } from './lib/report';
import { BenchUser, createBenchUser, createBenchUsers, profile } from './lib/users';
import { measureWriteCalls, WriteCalls } from './lib/write-calls';

const ROOT = resolve(__dirname, '..');
const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
/** Same concurrency for every read comparison; each connection is one user. */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
/** Seconds per measured run; each side of a pair runs twice (A B B A). */
const RUN_SECONDS = Number(process.env.BENCH_RUN_SECONDS ?? 5);
const WARMUP_SECONDS = 2;
const BURST_READS = 1000;
const BURST_CONNECTIONS = 100;
const WRITE_CONNECTIONS = 4;
/** Held on each upstream call in the "with network" comparison: Cognito is not on loopback. */
const UPSTREAM_DELAY_MS = Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? 25);
/**
 * The BFF runs as production does: with the heap limits of the Dockerfile's NODE_OPTIONS and
 * `npm run start:prod`. Without them V8 lets garbage pile up to ~230 MB under load before it
 * collects, although the live heap stays under 30 MB (see README, Performance).
 */
const BFF_NODE_FLAGS = ['--max-old-space-size=96', '--max-semi-space-size=8'];
/** Also compared at low load: at 16 connections the uncached BFF needs most of a shared core. */
const LOW_CONNECTIONS = 4;
/** Cognito's GetUser quota per account that the issue names (not measured: a documented limit). */
const COGNITO_GETUSER_QUOTA_RPS = 120;
/**
 * Cognito calls per request that correctness needs (test/upstream-calls.e2e-spec.ts pins the same):
 * one GetUser before a PATCH serves the update plan and If-Match; a plain PATCH needs no read-back;
 * an email change is read back (pending or not is Cognito's answer); DELETE reads once, before
 * with If-Match, after without; a code needs the current values; verify reads what it confirmed.
 */
const WRITE_CALL_GOALS: Record<string, number> = {
  'PATCH name': 2,
  'PATCH name (If-Match)': 2,
  'DELETE nickname': 2,
  'DELETE nickname (If-Match)': 2,
  'PATCH email (code sent)': 3,
  'POST verification-code (email)': 2,
  'POST verify (email)': 2,
};
/** Extra BFF environment as JSON, e.g. raised rate limits once those exist. */
const EXTRA_BFF_ENV = JSON.parse(process.env.BENCH_BFF_ENV ?? '{}') as Record<string, string>;

interface Bff {
  name: string;
  url: string;
  child: NodeChild;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  ensureBuilt();
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async (): Promise<void> => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    const dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-bench-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const emulator = await LocalCognito.start({ dataDir, port: 0 });
    cleanups.push(() => emulator.stop());
    const info = emulator.info;
    log(`emulator on ${info.endpoint}; creating ${CONNECTIONS} users`);
    const users = await createBenchUsers(info, CONNECTIONS);

    const countedProxy = await startCountingProxy(info.endpoint);
    cleanups.push(() => countedProxy.close());
    const redis = await startBenchRedis();
    if (redis) cleanups.push(() => redis.stop());
    const redisProxy = redis ? await startCountingProxy(info.endpoint) : undefined;
    if (redisProxy) cleanups.push(() => redisProxy.close());
    const slowProxy = await startCountingProxy(info.endpoint, UPSTREAM_DELAY_MS);
    cleanups.push(() => slowProxy.close());

    const bffEnv = (endpoint: string, extra: Record<string, string>): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      COGNITO_ENDPOINT: endpoint,
      // Tokens name the emulator itself as issuer, also when the BFF reaches it through a proxy.
      COGNITO_ISSUER: `${info.endpoint}/${info.userPoolId}`,
      COGNITO_USER_POOL_ID: info.userPoolId,
      COGNITO_CLIENT_ID: info.clientId,
      ...LIMITS_OUT_OF_REACH,
      ...EXTRA_BFF_ENV,
      ...extra,
    });
    const bffs = await Promise.all([
      startBff('uncached', bffEnv(info.endpoint, { ATTRIBUTES_CACHE_TTL_MS: '0' })),
      startBff('uncached-net', bffEnv(slowProxy.url, { ATTRIBUTES_CACHE_TTL_MS: '0' })),
      startBff('cached', bffEnv(info.endpoint, {})),
      startBff('counted', bffEnv(countedProxy.url, {})),
      ...(redis && redisProxy
        ? [startBff('redis', bffEnv(redisProxy.url, { REDIS_URL: redis.url }))]
        : []),
    ]);
    for (const bff of bffs) cleanups.push(() => bff.child.stop());
    const bff = Object.fromEntries(bffs.map((b) => [b.name, b])) as Record<string, Bff>;
    const bare = await startBare(info.endpoint, info.userPoolId, info.clientId);
    cleanups.push(() => bare.child.stop());
    log(`started: ${bffs.map((b) => `${b.name} ${b.url}`).join(', ')}, bare ${bare.url}`);

    const getMe = (token: string): LoadRequest => ({
      method: 'GET',
      path: '/me/attributes',
      headers: { authorization: `Bearer ${token}` },
    });
    const directGetUser = (token: string): LoadRequest =>
      cognitoCall('GetUser', { AccessToken: token });
    const perUser =
      (make: (token: string) => LoadRequest) =>
      (connection: number): LoadRequest =>
        make(users[connection % users.length].accessToken);

    const targets = {
      uncached: { url: bff.uncached.url, requestFor: perUser(getMe) },
      direct: { url: info.endpoint, requestFor: perUser(directGetUser) },
      uncachedNet: { url: bff['uncached-net'].url, requestFor: perUser(getMe) },
      directNet: { url: slowProxy.url, requestFor: perUser(directGetUser) },
      cached: { url: bff.cached.url, requestFor: perUser(getMe) },
      bare: { url: bare.url, requestFor: perUser(getMe) },
      ...(bff.redis ? { redis: { url: bff.redis.url, requestFor: perUser(getMe) } } : {}),
    };
    log('warming up');
    for (const target of Object.values(targets)) {
      await runLoad({ ...target, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    }

    log(`uncached GET vs direct GetUser (${CONNECTIONS} connections, A B B A × ${RUN_SECONDS} s)`);
    const [uncached, direct] = await alternate(targets.uncached, targets.direct, CONNECTIONS);
    const withNetwork: NetworkComparison[] = [];
    for (const connections of [CONNECTIONS, LOW_CONNECTIONS]) {
      log(`the same with ${UPSTREAM_DELAY_MS} ms of network, ${connections} connections`);
      const [bffResult, directResult] = await alternate(
        targets.uncachedNet,
        targets.directNet,
        connections,
      );
      withNetwork.push({ connections, bff: bffResult, directGetUser: directResult });
    }
    log('cached GET vs bare JWT server');
    const [cached, bareResult] = await alternate(targets.cached, targets.bare, CONNECTIONS);
    log('framework floor: GET /health/live (public, no token, no upstream)');
    const floor = await runLoad({
      url: bff.cached.url,
      connections: CONNECTIONS,
      duration: RUN_SECONDS,
      requestFor: () => ({ method: 'GET', path: '/health/live', headers: {} }),
    });
    const redisCached = targets.redis
      ? await runLoad({ ...targets.redis, connections: CONNECTIONS, duration: RUN_SECONDS * 2 })
      : undefined;

    log(`burst: ${BURST_READS} reads of one cold user over ${BURST_CONNECTIONS} connections`);
    const burst = await measureBurst(info, bff.counted, countedProxy);
    const burstRedis =
      bff.redis && redisProxy ? await measureBurst(info, bff.redis, redisProxy) : undefined;

    log('PATCH /me/attributes vs direct UpdateUserAttributes');
    const patch = await measurePatch(bff.cached, info.endpoint, users);
    log('Cognito calls per write (counted through the proxy, one request at a time)');
    const writeCalls = await measureWriteCalls(info, bff.counted.url, countedProxy);

    const rss = Object.fromEntries(bffs.map((b) => [b.name, peakRssMb(b.child.pid)]));
    const warnings = warnAboutFailures({
      uncached,
      direct,
      cached,
      bare: bareResult,
      floor,
      redisCached,
      ...Object.fromEntries(
        withNetwork.flatMap((n) => [
          [`uncached+network c${n.connections}`, n.bff],
          [`direct+network c${n.connections}`, n.directGetUser],
        ]),
      ),
      patch: patch.bff,
      patchDirect: patch.direct,
    });
    const results = buildResults({
      uncached,
      direct,
      withNetwork,
      floor,
      cacheBytesPerEntry: await measureCacheEntryBytes(),
      cached,
      bare: bareResult,
      redisCached,
      burst,
      burstRedis,
      patch,
      writeCalls,
      rss,
      warnings,
      seconds: Math.round((Date.now() - startedAt) / 1000),
    });
    writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
    printTable(results);
    log(`wrote ${RESULTS_FILE} (${results.benchSeconds} s)`);
  } finally {
    await cleanup();
  }
}

/** The BFF must be the compiled one (what production runs); `npm run bench` builds first. */
function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist', 'main.js'))) return;
  log('dist/ missing: building');
  const out = spawnSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (out.status !== 0) throw new Error('nest build failed');
}

async function startBff(name: string, env: NodeJS.ProcessEnv): Promise<Bff> {
  const port = await freePort();
  const child = startNode(
    `BFF (${name})`,
    join(ROOT, 'dist', 'main.js'),
    { ...env, PORT: String(port) },
    BFF_NODE_FLAGS,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health/live`, child);
  return { name, url, child };
}

async function startBare(endpoint: string, userPoolId: string, clientId: string): Promise<Bff> {
  const { cognito } = buildAppConfig(
    validateEnvironment({
      COGNITO_ENDPOINT: endpoint,
      COGNITO_USER_POOL_ID: userPoolId,
      COGNITO_CLIENT_ID: clientId,
    }),
  );
  const port = await freePort();
  const child = startNode(
    'bare JWT server',
    join(ROOT, 'bench', 'bare-jwt-server.ts'),
    {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      BENCH_COGNITO_SETTINGS: JSON.stringify(cognito),
    },
    ['-r', 'ts-node/register/transpile-only'],
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health/live`, child);
  return { name: 'bare', url, child };
}

function cognitoCall(operation: string, body: object): LoadRequest {
  return {
    method: 'POST',
    path: '/',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  };
}

interface Target {
  url: string;
  requestFor(connection: number): LoadRequest;
}

/** A B B A, then each side's runs merged (requests summed, percentiles averaged). */
async function alternate(
  a: Target,
  b: Target,
  connections: number,
): Promise<[LoadResult, LoadResult]> {
  const run = (t: Target) => runLoad({ ...t, connections, duration: RUN_SECONDS });
  const a1 = await run(a);
  const b1 = await run(b);
  const b2 = await run(b);
  const a2 = await run(a);
  return [merge(a1, a2), merge(b1, b2)];
}

function merge(x: LoadResult, y: LoadResult): LoadResult {
  const avg = (k: keyof LoadResult) => round((x[k] + y[k]) / 2);
  return {
    requests: x.requests + y.requests,
    rps: round((x.rps + y.rps) / 2, 1),
    p50: avg('p50'),
    p90: avg('p90'),
    p99: avg('p99'),
    mean: avg('mean'),
    non2xx: x.non2xx + y.non2xx,
    errors: x.errors + y.errors,
  };
}

interface NetworkComparison {
  connections: number;
  bff: LoadResult;
  directGetUser: LoadResult;
}

/** Rate limits or errors would make every number meaningless: say so loudly. */
function warnAboutFailures(runs: Record<string, LoadResult | undefined>): string[] {
  const warnings: string[] = [];
  for (const [name, run] of Object.entries(runs)) {
    if (run && (run.non2xx > 0 || run.errors > 0)) {
      warnings.push(
        `${name}: ${run.non2xx} non-2xx responses, ${run.errors} errors — numbers are not valid ` +
          '(rate limits? pass their settings in BENCH_BFF_ENV)',
      );
    }
  }
  for (const w of warnings) log(`WARNING ${w}`);
  return warnings;
}

interface BurstResult {
  reads: number;
  ok: number;
  upstreamGetUser: number;
  perThousandReads: number;
}

/** One fresh user, never read before, read BURST_READS times at once; GetUser counted upstream. */
async function measureBurst(
  info: LocalCognito['info'],
  bff: Bff,
  proxy: CountingProxy,
): Promise<BurstResult> {
  const user = await createBenchUser(info, 10_000 + Math.floor(Math.random() * 1e6));
  proxy.reset();
  const result = await runLoad({
    url: bff.url,
    connections: BURST_CONNECTIONS,
    amount: BURST_READS,
    requestFor: () => ({
      method: 'GET',
      path: '/me/attributes',
      headers: { authorization: `Bearer ${user.accessToken}` },
    }),
  });
  const calls = proxy.count('GetUser');
  return {
    reads: result.requests,
    ok: result.requests - result.non2xx,
    upstreamGetUser: calls,
    perThousandReads: round((calls * 1000) / Math.max(1, result.requests), 2),
  };
}

type PatchResult =
  | { status: 'measured'; bff: LoadResult; direct: LoadResult }
  | { status: string; bff?: undefined; direct?: undefined };

/** PATCH exists once the write routes are merged; until then this reports why it is missing. */
async function measurePatch(
  bff: Bff,
  emulatorUrl: string,
  users: BenchUser[],
): Promise<PatchResult> {
  const writers = users.slice(0, WRITE_CONNECTIONS);
  const body = (n: number) =>
    JSON.stringify({ attributes: { 'custom:display_name': `bench-write-${n}` } });
  const probe = await fetch(`${bff.url}/me/attributes`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${writers[0].accessToken}`,
      'content-type': 'application/json',
    },
    body: body(0),
  });
  if (probe.status === 404 || probe.status === 405) return { status: 'n/a — route missing' };
  if (!probe.ok) return { status: `n/a — PATCH answered ${probe.status}` };
  const patchTarget: Target = {
    url: bff.url,
    requestFor: (c) => ({
      method: 'PATCH',
      path: '/me/attributes',
      headers: {
        authorization: `Bearer ${writers[c % writers.length].accessToken}`,
        'content-type': 'application/json',
      },
      body: body(c),
    }),
  };
  const directTarget: Target = {
    url: emulatorUrl,
    requestFor: (c) =>
      cognitoCall('UpdateUserAttributes', {
        AccessToken: writers[c % writers.length].accessToken,
        UserAttributes: [{ Name: 'custom:display_name', Value: `bench-write-${c}` }],
      }),
  };
  const [patched, direct] = await alternate(patchTarget, directTarget, WRITE_CONNECTIONS);
  return { status: 'measured', bff: patched, direct };
}

/** Heap bytes per cached user (10 attributes), when the bench runs with --expose-gc. */
async function measureCacheEntryBytes(): Promise<number | undefined> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  const n = 10_000;
  const cache = new MemoryAttributesCache({ ttlMs: 60_000, maxEntries: n });
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++) {
    const sub = randomUUID();
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    Object.assign(attributes, {
      sub,
      email: `bench-${i}-${randomUUID()}@example.com`,
      ...profile(i),
      'custom:role': 'user',
    });
    void cache.get(sub, () => Promise.resolve(attributes));
  }
  await new Promise((resolve) => setImmediate(resolve)); // every load above has been stored
  gc();
  const bytes = Math.round((process.memoryUsage().heapUsed - before) / n);
  return cache.size === n ? bytes : undefined;
}

function buildResults(m: {
  uncached: LoadResult;
  direct: LoadResult;
  withNetwork: NetworkComparison[];
  floor: LoadResult;
  cacheBytesPerEntry: number | undefined;
  cached: LoadResult;
  bare: LoadResult;
  redisCached?: LoadResult;
  burst: BurstResult;
  burstRedis?: BurstResult;
  patch: PatchResult;
  writeCalls: WriteCalls[];
  rss: Record<string, number | undefined>;
  warnings: string[];
  seconds: number;
}) {
  const ratio = (a: number, b: number) => round(a / b, 3);
  const rssValues = Object.values(m.rss).filter((v): v is number => typeof v === 'number');
  const peakRss = rssValues.length ? Math.max(...rssValues) : undefined;
  return {
    generatedAt: new Date().toISOString(),
    benchSeconds: m.seconds,
    warnings: m.warnings,
    machine: machineInfo(),
    settings: {
      connections: CONNECTIONS,
      lowConnections: LOW_CONNECTIONS,
      runSeconds: RUN_SECONDS,
      runsPerSide: 2,
      burstReads: BURST_READS,
      burstConnections: BURST_CONNECTIONS,
      writeConnections: WRITE_CONNECTIONS,
      bffLogLevel: 'info (stdout to /dev/null)',
      bffNodeFlags: BFF_NODE_FLAGS.join(' '),
      upstreamDelayMs: UPSTREAM_DELAY_MS,
      cacheTtlMs: 30_000,
    },
    uncachedGetLatency: {
      bff: m.uncached,
      directGetUser: m.direct,
      ratioP50: ratio(m.uncached.p50, m.direct.p50),
      ratioP99: ratio(m.uncached.p99, m.direct.p99),
      goal: 'ratioP50 ≤ 1.10',
      met: m.uncached.p50 / m.direct.p50 <= 1.1,
    },
    uncachedGetLatencyWithNetwork: m.withNetwork.map((n) => ({
      upstreamDelayMs: UPSTREAM_DELAY_MS,
      connections: n.connections,
      bff: n.bff,
      directGetUser: n.directGetUser,
      ratioP50: ratio(n.bff.p50, n.directGetUser.p50),
      ratioP99: ratio(n.bff.p99, n.directGetUser.p99),
      goal: 'ratioP50 ≤ 1.05',
      met: n.bff.p50 / n.directGetUser.p50 <= 1.05,
    })),
    cachedGetThroughput: {
      bffRps: m.cached.rps,
      directGetUserRps: m.direct.rps,
      ratio: ratio(m.cached.rps, m.direct.rps),
      goal: 'ratio ≥ 5',
      met: m.cached.rps / m.direct.rps >= 5,
      bff: m.cached,
      ceiling: {
        what: 'the bare JWT-verifying server vs direct GetUser: no BFF can beat it',
        ratio: ratio(m.bare.rps, m.direct.rps),
      },
      versusCognitoQuota: {
        what: `cached GET per instance vs Cognito's ${COGNITO_GETUSER_QUOTA_RPS} GetUser/s account quota (computed, not measured)`,
        ratio: ratio(m.cached.rps, COGNITO_GETUSER_QUOTA_RPS),
      },
    },
    burstUpstreamGetUser: {
      ...m.burst,
      goal: 'perThousandReads ≤ 10',
      met: m.burst.perThousandReads <= 10 && m.burst.ok === m.burst.reads,
      ...(m.burstRedis ? { redis: m.burstRedis } : {}),
    },
    cachedVsBareJwtServer: {
      bffRps: m.cached.rps,
      bareRps: m.bare.rps,
      ratio: ratio(m.cached.rps, m.bare.rps),
      goal: 'ratio ≥ 0.7',
      met: m.cached.rps / m.bare.rps >= 0.7,
      bare: m.bare,
    },
    frameworkFloor: {
      what: 'GET /health/live on the same BFF: no token, no upstream, no access log line',
      rps: m.floor.rps,
      ratioToBare: ratio(m.floor.rps, m.bare.rps),
      result: m.floor,
    },
    patchLatency:
      m.patch.status === 'measured' && m.patch.bff && m.patch.direct
        ? {
            status: m.patch.status,
            bff: m.patch.bff,
            directUpdateUserAttributes: m.patch.direct,
            ratioP50: ratio(m.patch.bff.p50, m.patch.direct.p50),
            ratioP99: ratio(m.patch.bff.p99, m.patch.direct.p99),
          }
        : { status: m.patch.status },
    upstreamCallsPerWrite: m.writeCalls.map((row) => {
      const goal = WRITE_CALL_GOALS[row.route];
      return {
        ...row,
        goal: goal === undefined ? undefined : `total ≤ ${goal}`,
        met: goal === undefined ? undefined : row.total <= goal && row.failures === 0,
      };
    }),
    peakRssMb: {
      byInstance: m.rss,
      max: peakRss,
      nodeFlags: BFF_NODE_FLAGS.join(' '),
      goal: '< 150',
      met: peakRss !== undefined && peakRss < 150,
    },
    cacheMemory: {
      bytesPerEntry: m.cacheBytesPerEntry,
      defaultMaxEntries: 10_000,
      mbAtDefaultMaxEntries:
        m.cacheBytesPerEntry === undefined
          ? undefined
          : round((m.cacheBytesPerEntry * 10_000) / 1e6, 1),
    },
    redisSharedCache: m.redisCached
      ? {
          bff: m.redisCached,
          ratioToInMemory: ratio(m.redisCached.rps, m.cached.rps),
          ratioToDirectGetUser: ratio(m.redisCached.rps, m.direct.rps),
        }
      : { status: 'n/a — redis-server not installed' },
  };
}

export type BenchResults = ReturnType<typeof buildResults>;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
