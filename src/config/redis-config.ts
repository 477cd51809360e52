import { ConfigError } from './config-error';

/** One redis:// or rediss:// URL, or a comma-separated list of them (checked further below). */
export const REDIS_URL_LIST = /^rediss?:\/\/[^\s,]+(\s*,\s*rediss?:\/\/[^\s,]+)*$/;

export interface RedisNode {
  host: string;
  port: number;
}

/** Where and how the one Redis connection of the service goes (src/redis/). */
export interface RedisSettings {
  /** Speak the cluster protocol; `nodes` are then seeds, the rest is discovered. */
  cluster: boolean;
  nodes: RedisNode[];
  /** rediss:// — TLS to every node. */
  tls: boolean;
  username?: string;
  password?: string;
  /** Standalone only; a cluster has database 0 alone. */
  db: number;
}

/**
 * Parses REDIS_URL (and REDIS_CLUSTER) once, so a bad value stops start-up naming the setting
 * instead of surfacing later as a connection error. A list of URLs is only meaningful as cluster
 * seeds; all of them must agree on the scheme and credentials, which apply to every node.
 */
export function redisSettings(
  value: string | undefined,
  cluster: boolean,
): RedisSettings | undefined {
  if (!value) {
    if (cluster)
      throw new ConfigError('REDIS_CLUSTER=true needs REDIS_URL (one or more seed nodes).');
    return undefined;
  }
  const urls = value.split(',').map((entry) => parseRedisUrl(entry.trim()));
  if (urls.length > 1 && !cluster) {
    throw new ConfigError(
      'REDIS_URL lists several nodes; set REDIS_CLUSTER=true for a cluster, or give one URL.',
    );
  }
  const [first] = urls;
  for (const url of urls.slice(1)) {
    if (
      url.protocol !== first.protocol ||
      url.username !== first.username ||
      url.password !== first.password
    ) {
      throw new ConfigError(
        'REDIS_URL: every cluster seed must use the same scheme and credentials.',
      );
    }
  }
  const db = databaseOf(first);
  if (cluster && db !== 0) {
    throw new ConfigError(`REDIS_URL: a cluster has only database 0, not ${db}.`);
  }
  return {
    cluster,
    nodes: urls.map((url) => ({ host: hostOf(url), port: url.port ? Number(url.port) : 6379 })),
    tls: first.protocol === 'rediss:',
    username: first.username ? decodeURIComponent(first.username) : undefined,
    password: first.password ? decodeURIComponent(first.password) : undefined,
    db,
  };
}

function parseRedisUrl(entry: string): URL {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new ConfigError('REDIS_URL: not a URL like redis://host:6379.');
  }
  if (!/^rediss?:$/.test(url.protocol) || !url.hostname || url.search || url.hash) {
    throw new ConfigError('REDIS_URL: expected redis://[user:password@]host[:port][/db].');
  }
  return url;
}

function databaseOf(url: URL): number {
  const path = url.pathname.replace(/^\//, '');
  if (path === '') return 0;
  if (!/^\d{1,2}$/.test(path)) {
    throw new ConfigError('REDIS_URL: the path must be a database number (redis://host:6379/0).');
  }
  return Number(path);
}

/** IPv6 hosts come bracketed from URL; sockets want them bare. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
