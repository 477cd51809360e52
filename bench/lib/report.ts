/** The bench's table on stdout, and the machine the numbers came from. */
import { cpus, totalmem, release, type } from 'node:os';
import type { BenchResults } from '../bench';
import { describeCalls } from './write-calls';

export function machineInfo() {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

const yes = (met: boolean | undefined) => (met === undefined ? '' : met ? 'yes' : 'NO');

export function printTable(r: BenchResults): void {
  const u = r.uncachedGetLatency;
  const c = r.cachedGetThroughput;
  const b = r.burstUpstreamGetUser;
  const v = r.cachedVsBareJwtServer;
  const p = r.patchLatency;
  const m = r.peakRssMb;
  const rows: string[][] = [
    ['metric', 'BFF', 'baseline', 'ratio', 'goal', 'met'],
    [
      'uncached GET p50 / p99 (ms) vs direct GetUser',
      `${u.bff.p50} / ${u.bff.p99}`,
      `${u.directGetUser.p50} / ${u.directGetUser.p99}`,
      `${u.ratioP50} / ${u.ratioP99}`,
      '≤ 1.10 at p50',
      yes(u.met),
    ],
    ...r.uncachedGetLatencyWithNetwork.map((n) => [
      `  same, +${n.upstreamDelayMs} ms network, ${n.connections} connections`,
      `${n.bff.p50} / ${n.bff.p99}`,
      `${n.directGetUser.p50} / ${n.directGetUser.p99}`,
      `${n.ratioP50} / ${n.ratioP99}`,
      '≤ 1.05 at p50',
      yes(n.met),
    ]),
    [
      'cached GET throughput (req/s) vs direct GetUser',
      String(c.bffRps),
      String(c.directGetUserRps),
      String(c.ratio),
      '≥ 5',
      yes(c.met),
    ],
    [
      '  ceiling: bare JWT server vs direct GetUser (req/s)',
      String(v.bareRps),
      String(c.directGetUserRps),
      String(c.ceiling.ratio),
      'context',
      '',
    ],
    [
      `  cached GET vs Cognito's GetUser quota (computed)`,
      String(c.bffRps),
      '120',
      String(c.versusCognitoQuota.ratio),
      'context',
      '',
    ],
    [
      `upstream GetUser per 1,000 reads of one user (burst)`,
      `${b.upstreamGetUser} of ${b.reads}`,
      '',
      String(b.perThousandReads),
      '≤ 10',
      yes(b.met),
    ],
    [
      'cached GET vs bare JWT-verifying server (req/s)',
      String(v.bffRps),
      String(v.bareRps),
      String(v.ratio),
      '≥ 0.7',
      yes(v.met),
    ],
    [
      '  framework floor: GET /health/live vs bare (req/s)',
      String(Math.round(r.frameworkFloor.rps)),
      String(v.bareRps),
      String(r.frameworkFloor.ratioToBare),
      'context',
      '',
    ],
    'bff' in p && p.bff
      ? [
          'PATCH p50 / p99 (ms) vs direct UpdateUserAttributes',
          `${p.bff.p50} / ${p.bff.p99}`,
          `${p.directUpdateUserAttributes.p50} / ${p.directUpdateUserAttributes.p99}`,
          `${p.ratioP50} / ${p.ratioP99}`,
          '(ratio)',
          '',
        ]
      : ['PATCH vs direct UpdateUserAttributes', p.status, '', '', '(ratio)', ''],
    ...r.upstreamCallsPerWrite.map((w) => [
      `Cognito calls per ${w.route}`,
      describeCalls(w) + (w.failures > 0 ? ` (${w.failures} of ${w.requests} failed)` : ''),
      '',
      String(w.total),
      w.goal ?? '',
      yes(w.met),
    ]),
    [
      'peak RSS of the BFF under load (MB)',
      Object.entries(m.byInstance)
        .map(([k, val]) => `${k} ${val ?? '?'}`)
        .join(', '),
      '',
      '',
      '< 150',
      yes(m.met),
    ],
  ];
  if (r.cacheMemory.bytesPerEntry !== undefined) {
    rows.push([
      'cache memory per user (bytes, 10 attributes)',
      String(r.cacheMemory.bytesPerEntry),
      '',
      '',
      `${r.cacheMemory.mbAtDefaultMaxEntries} MB at 10,000`,
      '',
    ]);
  }
  const rc = r.redisSharedCache;
  if ('bff' in rc && rc.bff) {
    rows.push([
      'cached GET through Redis (req/s) vs in-memory',
      `${Math.round(rc.bff.rps)} (p50 ${rc.bff.p50} ms)`,
      String(c.bffRps),
      String(rc.ratioToInMemory),
      'info',
      '',
    ]);
    if (b.redis) {
      rows.push([
        'upstream GetUser per 1,000 reads, Redis cache',
        `${b.redis.upstreamGetUser} of ${b.redis.reads}`,
        '',
        String(b.redis.perThousandReads),
        '≤ 10',
        yes(b.redis.perThousandReads <= 10),
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join(' | ');
  const out = [
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.slice(1).map(line),
  ];
  const { machine } = r;
  out.unshift(
    `profile-bff bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ` +
      `${machine.os}, Node ${machine.node}; ${r.settings.connections} connections, ` +
      `${r.settings.runSeconds} s × ${r.settings.runsPerSide} runs per side`,
  );
  for (const w of r.warnings) out.push(`WARNING: ${w}`);
  process.stdout.write(out.join('\n') + '\n');
}
