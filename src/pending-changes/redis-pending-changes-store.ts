import { Logger } from '@nestjs/common';
import { RedisClient, RedisConnection, subjectKey } from '../redis';
import {
  PENDING_CHANGE_LIFETIME_MS,
  parseStoredChange,
  StoredPendingChange,
  StoredPendingChanges,
} from './pending-change';
import { PendingChangesStore, pendingStoreUnavailable } from './pending-changes-store';

/**
 * One Redis hash per user, `profile-bff:pending:{<tag>}`: field = attribute name, value = JSON
 * `{value, requestedAt}`. The tag is the user's (src/redis/redis-keys.ts), so the hash sits in one
 * cluster slot with the user's cached attributes and limits, and the key names no user id. The
 * key expires 24 h after the last change requested; older fields inside it are filtered by
 * `requestedAt` on read.
 */
export function pendingKey(sub: string): string {
  return subjectKey('pending', 'sub', sub);
}

/**
 * Shared by every instance: a change requested through one is shown and resent by all. Uses the
 * service's one Redis connection (src/redis/: standalone or cluster, fail fast, never queue).
 */
export class RedisPendingChangesStore extends PendingChangesStore {
  readonly kind = 'redis';
  private readonly logger = new Logger('PendingChanges');

  constructor(private readonly redis: RedisConnection) {
    super();
  }

  async get(sub: string): Promise<StoredPendingChanges> {
    const raw = await this.run((client) => client.hgetall(pendingKey(sub)));
    const entries = Object.create(null) as StoredPendingChanges;
    for (const [name, json] of Object.entries(raw)) {
      const change = parseStoredChange(json);
      if (change) entries[name] = change;
    }
    return entries;
  }

  async put(sub: string, name: string, change: StoredPendingChange): Promise<void> {
    const key = pendingKey(sub);
    await this.run((client) =>
      client
        .multi()
        .hset(key, name, JSON.stringify({ value: change.value, requestedAt: change.requestedAt }))
        .pexpire(key, PENDING_CHANGE_LIFETIME_MS)
        .exec()
        .then(assertExecuted),
    );
  }

  async remove(sub: string, names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await this.run((client) => client.hdel(pendingKey(sub), ...names));
  }

  private async run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    try {
      return await this.redis.run(command);
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
