import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a Cognito call ended; bounded, so it is safe as a label. */
export type UpstreamOutcome =
  | 'success'
  | 'client-error'
  | 'throttled'
  | 'server-error'
  | 'timeout'
  | 'network-error'
  | 'circuit-open';

export type CircuitState = 'closed' | 'half-open' | 'open';
const CIRCUIT_STATE_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every Prometheus metric the service exports, in a registry of its own per app instance (tests
 * build several apps in one process; the global registry would refuse the second).
 * Labels are bounded: route *patterns*, never raw URLs, user ids or attribute names.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, matched route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, matched route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly upstreamCalls = new Counter({
    name: 'cognito_requests_total',
    help: 'Cognito API calls by operation and outcome (retries included in one call)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly upstreamDuration = new Histogram({
    name: 'cognito_request_duration_seconds',
    help: 'Cognito API call latency by operation and outcome, retries included',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly circuitState = new Gauge({
    name: 'cognito_circuit_state',
    help: 'Circuit breaker around Cognito: 0 closed, 1 half-open, 2 open',
    registers: [this.registry],
  });

  private readonly rateLimitRejections = new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused with 429 by the rate limiter, by bucket',
    labelNames: ['bucket'] as const,
    registers: [this.registry],
  });

  private readonly rateLimitStoreErrors = new Counter({
    name: 'rate_limit_store_errors_total',
    help: 'Rate-limit store failures (the request was let through)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.circuitState.set(0);
  }

  recordHttp(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }

  recordUpstream(operation: string, outcome: UpstreamOutcome, seconds: number): void {
    this.upstreamCalls.inc({ operation, outcome });
    this.upstreamDuration.observe({ operation, outcome }, seconds);
  }

  setCircuitState(state: CircuitState): void {
    this.circuitState.set(CIRCUIT_STATE_VALUE[state]);
  }

  recordRateLimitRejection(bucket: string): void {
    this.rateLimitRejections.inc({ bucket });
  }

  recordRateLimitStoreError(): void {
    this.rateLimitStoreErrors.inc();
  }

  /** The Prometheus text exposition and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
