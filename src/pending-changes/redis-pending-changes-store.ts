import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis, { Cluster } from 'ioredis';
import {
  PENDING_CHANGE_LIFETIME_MS,
  parseStoredChange,
  StoredPendingChange,
  StoredPendingChanges,
} from './pending-change';
import { PendingChangesStore, pendingStoreUnavailable } from './pending-changes-store';

export const DEFAULT_PENDING_KEY_PREFIX = 'profile-bff:pending:';

/**
 * One Redis hash per user, `<prefix>{<sub>}`: field = attribute name, value = JSON
 * `{value, requestedAt}`. The braces are a Redis Cluster hash tag, so everything of one user
 * lives in one slot. The key expires 24 h after the last change requested; older fields inside
 * it are filtered by `requestedAt` on read.
 */
export function pendingKey(sub: string, prefix = DEFAULT_PENDING_KEY_PREFIX): string {
  return `${prefix}{${sub}}`;
}

export interface RedisPendingChangesOptions {
  /** The connection to use; owned (connected and closed here) only when `owned` is true. */
  client: Redis | Cluster;
  owned: boolean;
  keyPrefix?: string;
}

/** Shared by every instance: a change requested through one is shown and resent by all. */
export class RedisPendingChangesStore
  extends PendingChangesStore
  implements OnModuleInit, OnModuleDestroy
{
  readonly kind = 'redis';
  private readonly logger = new Logger('PendingChanges');
  private readonly redis: Redis | Cluster;
  private readonly prefix: string;

  constructor(private readonly options: RedisPendingChangesOptions) {
    super();
    this.redis = options.client;
    this.prefix = options.keyPrefix ?? DEFAULT_PENDING_KEY_PREFIX;
    // Only the error's name: a message could in theory carry a command argument.
    if (options.owned) {
      this.redis.on('error', (error: Error) =>
        this.logger.warn({ err: error.name }, 'Redis error'),
      );
    }
  }

  /** A connection of our own that doesn't answer stops start-up, like the cache's. */
  async onModuleInit(): Promise<void> {
    if (!this.options.owned || this.redis.status === 'ready') return;
    try {
      await this.redis.connect();
    } catch (error) {
      this.redis.disconnect();
      throw new Error(
        `REDIS_URL is set but Redis did not answer (${(error as Error).message}); ` +
          'start Redis or unset REDIS_URL.',
        { cause: error },
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.options.owned) return;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis.disconnect();
  }

  async get(sub: string): Promise<StoredPendingChanges> {
    const raw = await this.run(() => this.redis.hgetall(pendingKey(sub, this.prefix)));
    const entries = Object.create(null) as StoredPendingChanges;
    for (const [name, json] of Object.entries(raw)) {
      const change = parseStoredChange(json);
      if (change) entries[name] = change;
    }
    return entries;
  }

  async put(sub: string, name: string, change: StoredPendingChange): Promise<void> {
    const key = pendingKey(sub, this.prefix);
    await this.run(() =>
      this.redis
        .multi()
        .hset(key, name, JSON.stringify({ value: change.value, requestedAt: change.requestedAt }))
        .pexpire(key, PENDING_CHANGE_LIFETIME_MS)
        .exec()
        .then(assertExecuted),
    );
  }

  async remove(sub: string, names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await this.run(() => this.redis.hdel(pendingKey(sub, this.prefix), ...names));
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      this.logger.warn({ err: (error as Error).name }, 'pending-changes store unavailable');
      throw pendingStoreUnavailable(error);
    }
  }
}

/** MULTI/EXEC reports a failed command inside its result, not by rejecting. */
function assertExecuted(results: [Error | null, unknown][] | null): void {
  const failed =
    results === null ? new Error('transaction aborted') : results.find(([e]) => e)?.[0];
  if (failed) throw failed;
}

/** A connection of its own, set up like the attribute cache's: fail fast, never queue. */
export function createPendingChangesRedis(url: string): Redis {
  return new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2_000,
    disconnectTimeout: 100,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
}
