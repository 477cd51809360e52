import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { accessSync, constants as fsConstants } from 'node:fs';
import { isIP } from 'node:net';
import * as path from 'node:path';
import { ConfigError } from './config-error';
import { splitList, toInt } from './env-values';
import { HttpServerVariables } from './http-server-config';
import { REDIS_URL_LIST, redisSettings, RedisSettings } from './redis-config';

/**
 * Production settings: TLS, CORS, proxies, rate limits, metrics, resilience, shutdown.
 * Kept apart from the Cognito settings so each concern reads on one screen; EnvironmentVariables
 * extends this class, so they are validated together, once, at start-up.
 */
export class OperationsVariables extends HttpServerVariables {
  /** PEM certificate (chain) and key; both or neither. With them the service speaks HTTPS only. */
  @IsOptional() @IsString() TLS_CERT_FILE?: string;
  @IsOptional() @IsString() TLS_KEY_FILE?: string;
  /** Comma-separated browser origins allowed to call the API (`https://app.example.com`). */
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  /** Express `trust proxy`: a hop count, or proxy addresses/CIDRs/`loopback`; never `true`. */
  @IsOptional() @IsString() TRUST_PROXY?: string;
  /** One `redis://`/`rediss://` URL; with REDIS_CLUSTER=true, a comma-separated list of seed nodes. */
  @IsOptional()
  @Matches(REDIS_URL_LIST, {
    message:
      'REDIS_URL must be a redis:// or rediss:// URL (a comma-separated list with REDIS_CLUSTER=true)',
  })
  REDIS_URL?: string;
  /** `true`: speak the Redis Cluster protocol (ElastiCache Serverless, cluster-mode Redis/Valkey). */
  @IsOptional() @IsIn(['true', 'false']) REDIS_CLUSTER?: string;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT?: number;

  @IsOptional() @IsIn(['true', 'false']) RATE_LIMIT_ENABLED?: string;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(86400)
  RATE_LIMIT_WINDOW_SECONDS?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_READ?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_WRITE?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_VERIFY?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_SIGN_UP?: number;

  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(100)
  @Max(600_000)
  COGNITO_BREAKER_RESET_MS?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(10_000)
  COGNITO_BREAKER_MIN_CALLS?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(100)
  COGNITO_BREAKER_ERROR_PERCENT?: number;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS?: number;
}

/** Express 'trust proxy' values we accept: never `true`, which would trust any X-Forwarded-For. */
export type TrustProxy = false | number | string[];

export type RateLimitBucket = 'read' | 'write' | 'verify' | 'sign-up';

export interface OperationsConfig {
  security: {
    /** Paths of the PEM files; read when the server is created. */
    tls?: { certFile: string; keyFile: string };
    corsOrigins: string[];
    trustProxy: TrustProxy;
  };
  rateLimit: {
    enabled: boolean;
    windowSeconds: number;
    /** Requests per window, per user (token sub) or, for sign-up, per client IP. */
    limits: Record<RateLimitBucket, number>;
  };
  /** Shared state for several instances (rate limits, attribute cache); per instance without it. */
  redisUrl?: string;
  /** REDIS_URL and REDIS_CLUSTER, parsed: where and how to connect (see src/redis/). */
  redis?: RedisSettings;
  /** With a port, /metrics is served there only (not on the API port). */
  metrics: { port?: number };
  resilience: {
    breaker: { resetMs: number; minCalls: number; errorPercent: number };
    /** How long SIGTERM waits for in-flight requests before closing connections. */
    shutdownTimeoutMs: number;
  };
}

export function buildOperationsConfig(
  env: OperationsVariables & { NODE_ENV?: string },
  root: string,
): OperationsConfig {
  return {
    security: {
      tls: tlsFiles(env, root),
      corsOrigins: corsOrigins(env.CORS_ORIGINS),
      trustProxy: trustProxy(env.TRUST_PROXY),
    },
    rateLimit: {
      enabled: (env.RATE_LIMIT_ENABLED ?? 'true') === 'true',
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS ?? 60,
      limits: {
        read: env.RATE_LIMIT_READ ?? 120,
        write: env.RATE_LIMIT_WRITE ?? 30,
        verify: env.RATE_LIMIT_VERIFY ?? 10,
        'sign-up': env.RATE_LIMIT_SIGN_UP ?? 10,
      },
    },
    redisUrl: env.REDIS_URL,
    redis: redisSettings(env.REDIS_URL, env.REDIS_CLUSTER === 'true'),
    metrics: { port: env.METRICS_PORT },
    resilience: {
      breaker: {
        resetMs: env.COGNITO_BREAKER_RESET_MS ?? 10_000,
        minCalls: env.COGNITO_BREAKER_MIN_CALLS ?? 5,
        errorPercent: env.COGNITO_BREAKER_ERROR_PERCENT ?? 50,
      },
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS ?? 10_000,
    },
  };
}

function tlsFiles(env: OperationsVariables, root: string): OperationsConfig['security']['tls'] {
  const { TLS_CERT_FILE: cert, TLS_KEY_FILE: key } = env;
  if (!cert && !key) return undefined;
  if (!cert || !key) {
    throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE must be set together.');
  }
  const files = { certFile: path.resolve(root, cert), keyFile: path.resolve(root, key) };
  for (const [name, file] of [
    ['TLS_CERT_FILE', files.certFile],
    ['TLS_KEY_FILE', files.keyFile],
  ]) {
    try {
      accessSync(file, fsConstants.R_OK);
    } catch {
      throw new ConfigError(`${name}: cannot read ${file}.`);
    }
  }
  return files;
}

/**
 * Only exact origins: a wildcard would let any site read responses, and with credentials browsers
 * refuse it anyway. Tokens travel in the Authorization header, so credentials are never enabled.
 */
export function corsOrigins(value: string | undefined): string[] {
  const origins = splitList(value ?? '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (
      !parsed ||
      parsed.origin !== origin ||
      !/^https?:$/.test(parsed.protocol) ||
      origin.includes('*')
    ) {
      throw new ConfigError(
        `CORS_ORIGINS: "${origin}" is not an origin like https://app.example.com ` +
          '(scheme, host and optional port; no path, no wildcard).',
      );
    }
  }
  return origins;
}

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Which hops may set X-Forwarded-For/-Proto. `true` would trust whatever the client sends, so a
 * caller could pick the IP its rate limit is counted against: refused.
 */
export function trustProxy(value: string | undefined): TrustProxy {
  const raw = (value ?? '').trim();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw === 'true') {
    throw new ConfigError(
      'TRUST_PROXY=true would trust any X-Forwarded-For; give the hop count or the proxy addresses.',
    );
  }
  const entries = splitList(raw);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const validBits =
      bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_PRESETS.has(entry) && (family === 0 || !validBits || rest.length > 0)) {
      throw new ConfigError(
        `TRUST_PROXY: "${entry}" is not an IP address, a CIDR, loopback, linklocal or uniquelocal.`,
      );
    }
  }
  return entries;
}
