/** Drives load with autocannon on loopback and measures latency at sub-millisecond resolution. */
import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; or `amount` requests in total. */
  duration?: number;
  amount?: number;
  /** The request each connection sends (connections get 0, 1, 2, …): e.g. one user each. */
  requestFor(connection: number): LoadRequest;
}

export interface LoadResult {
  requests: number;
  /** Completed requests per second. */
  rps: number;
  /** Milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const first = options.requestFor(0);
  let nextConnection = 0;
  // autocannon's own histogram keeps whole milliseconds; a ratio of ~5 ms latencies needs better.
  const latencies: number[] = [];
  const startedAt = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url + first.path,
        method: first.method,
        connections: options.connections,
        // autocannon refuses an explicit `duration: undefined`.
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
        timeout: 10,
        setupClient: (client) => {
          const req = options.requestFor(nextConnection++);
          client.setHeadersAndBody(req.headers, req.body);
        },
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
      : NaN;
  return {
    requests: latencies.length,
    rps: round(latencies.length / (options.amount ? seconds : result.duration || seconds), 1),
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    mean: round(latencies.reduce((s, v) => s + v, 0) / (latencies.length || 1)),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
