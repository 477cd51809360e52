import type { ClusterOptions, RedisOptions } from 'ioredis';
import type { RedisSettings } from '../config/redis-config';

/** How long one Redis command may take before the caller falls back (see withDeadline). */
export const COMMAND_DEADLINE_MS = 500;
const CONNECT_TIMEOUT_MS = 2_000;
/** A connection that answers nothing for this long is treated as dead and replaced. */
const SOCKET_TIMEOUT_MS = 5_000;

/** Reconnect for ever (the service must recover by itself), but at most every 2 s. */
export const reconnectDelay = (attempt: number): number => Math.min(attempt * 100, 2_000);

/**
 * Fail fast and never replay: while Redis is unreachable a command fails at once, so the rate
 * limiter lets the request through uncounted and the cache reads upstream. Nothing is kept to be
 * sent later — otherwise increments made during an outage would be charged to users when Redis
 * came back (and a stale invalidation or fill would land late).
 */
const failFast = {
  // Commands issued while disconnected are refused, not queued.
  enableOfflineQueue: false,
  // Commands in flight when a connection drops are failed, not re-sent on the next connection.
  autoResendUnfulfilledCommands: false,
  maxRetriesPerRequest: 0,
  connectTimeout: CONNECT_TIMEOUT_MS,
  socketTimeout: SOCKET_TIMEOUT_MS,
  // On shutdown, don't wait for a stream that is already gone.
  disconnectTimeout: 100,
  lazyConnect: true,
} satisfies RedisOptions;

export function standaloneOptions(settings: RedisSettings): RedisOptions {
  const [node] = settings.nodes;
  return {
    ...failFast,
    host: node.host,
    port: node.port,
    db: settings.db,
    username: settings.username,
    password: settings.password,
    tls: settings.tls ? { servername: node.host } : undefined,
    retryStrategy: reconnectDelay,
  };
}

export function clusterOptions(settings: RedisSettings): ClusterOptions {
  const { enableOfflineQueue, lazyConnect, ...perNode } = failFast;
  return {
    enableOfflineQueue,
    lazyConnect,
    clusterRetryStrategy: reconnectDelay,
    // A command whose node went away may have run: never re-send it after a delay.
    retryDelayOnFailover: 0,
    retryDelayOnClusterDown: 0,
    // TRYAGAIN and MOVED mean "not run here": following them is safe, a few times.
    retryDelayOnTryAgain: 50,
    maxRedirections: 4,
    slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
    // Managed clusters (ElastiCache) announce nodes by IP; TLS must check the name we were given.
    ...(settings.tls ? { dnsLookup: (address, callback) => callback(null, address) } : {}),
    redisOptions: {
      ...perNode,
      username: settings.username,
      password: settings.password,
      tls: settings.tls ? {} : undefined,
    },
  };
}
