import { Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Attributes } from '../identity-provider/identity-provider';
import { RedisConnection, RedisScript, subjectKey } from '../redis';
import { AttributesCache, AttributesLoader, belongsTo } from './attributes-cache';
import { Singleflight } from './singleflight';

export interface RedisCacheOptions {
  ttlMs: number;
}

/**
 * `profile-bff:attributes:{<tag>}` — the user's hash tag (src/redis/redis-keys.ts), so the entry
 * sits in one cluster slot with the user's rate-limit counters and verification attempts, and the
 * key names no user id.
 */
export function attributesKey(sub: string): string {
  return subjectKey('attributes', 'sub', sub);
}

/** Loads slower than this are returned but not stored (see TOMBSTONE_TTL_MS). */
export const FILL_DEADLINE_MS = 15_000;
/**
 * An invalidation leaves a tombstone instead of deleting the key. A load stores its result only if
 * the key still holds what the load saw when it started (nothing, or the same tombstone), so a load
 * that raced a write can never store pre-write attributes. The tombstone must outlive any load
 * that could still store — hence longer than FILL_DEADLINE_MS.
 */
export const TOMBSTONE_TTL_MS = 60_000;
const TOMBSTONE = '!';

/** SET the value only if the key still holds what the load saw when it started ('' = nothing). */
const FILL_IF_UNCHANGED = `
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

/**
 * The cache shared by every instance through Redis: entries live in Redis with a TTL (so N
 * instances also share one upstream load per user per TTL, not N), and an invalidation is one SET
 * every instance sees on its next read — no pub/sub delivery window. A read costs one Redis GET.
 *
 * Failures never serve stale data: a read that cannot reach Redis goes upstream; a write whose
 * first invalidation fails is refused (`mutate` → 503); a post-write invalidation that fails is
 * owed — this instance reads that user upstream and retries until Redis takes it.
 *
 * One key per user and single-key commands only (GET, SET, a one-key script), no pub/sub: it
 * works unchanged on Redis Cluster. The connection (src/redis/) belongs to the service, not to the
 * cache: it is connected at start-up (which fails if Redis does not answer) and closed on shutdown.
 */
export class RedisAttributesCache extends AttributesCache implements OnModuleDestroy {
  readonly kind = 'redis';
  private readonly logger = new Logger('AttributesCache');
  private readonly fillIfUnchanged: RedisScript;
  private readonly flights = new Singleflight<Attributes>();
  private readonly ttlMs: number;
  /** Post-write invalidations Redis has not taken yet. Small: writes are refused while it is down. */
  private readonly owed = new Set<string>();
  private retryTimer: NodeJS.Timeout | undefined;
  private healthy = true;

  constructor(
    private readonly redis: RedisConnection,
    options: RedisCacheOptions,
  ) {
    super();
    this.ttlMs = options.ttlMs;
    this.fillIfUnchanged = redis.script(FILL_IF_UNCHANGED, 1);
    redis.client.on('ready', () => {
      this.markHealthy();
      this.scheduleOwedRetry(0);
    });
  }

  onModuleDestroy(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  async get(sub: string, load: AttributesLoader): Promise<Attributes> {
    if (this.owed.has(sub)) {
      this.counters.misses += 1;
      return this.loadCounted(load);
    }
    const key = attributesKey(sub);
    let stored: string | null;
    try {
      stored = await this.redis.run((client) => client.get(key));
    } catch (error) {
      this.markUnhealthy(error as Error);
      this.counters.misses += 1;
      return this.loadCounted(load);
    }
    if (!this.healthy) this.markHealthy();
    if (stored !== null && !stored.startsWith(TOMBSTONE)) {
      const attributes = parseEntry(stored, sub);
      if (attributes) {
        this.counters.hits += 1;
        return attributes;
      }
    }
    this.counters.misses += 1;
    const seen = stored !== null && stored.startsWith(TOMBSTONE) ? stored : '';
    // One load per user and per state seen: a read that sees a newer tombstone starts a new load.
    const shared = this.flights.run(`${sub}\n${seen}`, async () => {
      const startedAt = Date.now();
      const attributes = await this.loadCounted(load);
      if (belongsTo(attributes, sub) && Date.now() - startedAt < FILL_DEADLINE_MS) {
        await this.fill(key, seen, attributes);
      }
      return attributes;
    });
    return this.joinedOutcome(shared, load);
  }

  async peek(sub: string): Promise<Attributes | undefined> {
    if (this.owed.has(sub)) return undefined;
    try {
      const key = attributesKey(sub);
      const stored = await this.redis.run((client) => client.get(key));
      return stored === null || stored.startsWith(TOMBSTONE) ? undefined : parseEntry(stored, sub);
    } catch (error) {
      this.markUnhealthy(error as Error);
      return undefined;
    }
  }

  async invalidate(sub: string): Promise<void> {
    this.counters.invalidations += 1;
    const tombstone = TOMBSTONE + randomUUID();
    try {
      await this.redis.run((client) =>
        client.set(attributesKey(sub), tombstone, 'PX', TOMBSTONE_TTL_MS),
      );
    } catch (error) {
      this.markUnhealthy(error as Error);
      throw error;
    }
  }

  /** Flights and owed invalidations right now (for tests and diagnostics). */
  pending(): { flights: number; owed: number } {
    return { flights: this.flights.size, owed: this.owed.size };
  }

  protected override async invalidateAfterWrite(sub: string): Promise<void> {
    try {
      await this.invalidate(sub);
    } catch {
      // The write landed; refusing the response now would not undo it. Read this user upstream
      // here and retry until Redis takes the invalidation.
      this.logger.error('post-write cache invalidation failed; retrying until Redis answers');
      this.owed.add(sub);
      this.scheduleOwedRetry(250);
    }
  }

  private async fill(key: string, seen: string, attributes: Attributes): Promise<void> {
    try {
      await this.fillIfUnchanged([key], [seen, JSON.stringify(attributes), this.ttlMs]);
    } catch (error) {
      // Not stored: the next read loads again. Nothing stale can come of it.
      this.markUnhealthy(error as Error);
    }
  }

  private scheduleOwedRetry(delayMs: number): void {
    if (this.owed.size === 0 || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.retryOwed();
    }, delayMs);
    this.retryTimer.unref();
  }

  private async retryOwed(): Promise<void> {
    for (const sub of [...this.owed]) {
      try {
        await this.invalidate(sub);
        this.owed.delete(sub);
      } catch {
        break;
      }
    }
    this.scheduleOwedRetry(1_000);
  }

  private markHealthy(): void {
    if (!this.healthy) this.logger.log('Redis reachable again');
    this.healthy = true;
  }

  private markUnhealthy(error: Error): void {
    this.counters.errors += 1;
    if (!this.healthy) return;
    this.healthy = false;
    // Logged once per outage; reads go upstream meanwhile.
    this.logger.warn(
      { err: error.message },
      'Redis unreachable: reading upstream until it is back',
    );
  }
}

/** A stored entry, or undefined when it is not a string map carrying this sub (then: a miss). */
function parseEntry(stored: string, sub: string): Attributes | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  // Same shape as the adapter's records: no prototype, string values only.
  const attributes = Object.create(null) as Attributes;
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') return undefined;
    attributes[name] = value;
  }
  return belongsTo(attributes, sub) ? attributes : undefined;
}
