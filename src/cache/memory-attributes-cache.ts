import type { Attributes } from '../identity-provider/identity-provider';
import { AttributesCache, AttributesLoader, belongsTo } from './attributes-cache';
import { LruMap } from './lru-map';
import { Singleflight } from './singleflight';

export interface MemoryCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

interface Entry {
  attributes: Readonly<Attributes>;
  expiresAt: number;
}

/**
 * One instance's cache: an LRU of at most `maxEntries` users, each entry living `ttlMs`.
 * Right for a single instance only — another instance would not hear of this one's writes.
 */
export class MemoryAttributesCache extends AttributesCache {
  readonly kind = 'memory';
  private readonly entries: LruMap<string, Entry>;
  private readonly flights = new Singleflight<Attributes>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: MemoryCacheOptions) {
    super();
    this.entries = new LruMap(options.maxEntries);
    this.ttlMs = options.ttlMs;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(sub: string, load: AttributesLoader): Promise<Attributes> {
    const entry = this.entries.get(sub);
    if (entry !== undefined) {
      if (entry.expiresAt > this.now()) {
        this.counters.hits += 1;
        return Promise.resolve(entry.attributes);
      }
      this.entries.delete(sub);
    }
    this.counters.misses += 1;
    const shared = this.flights.run(sub, async (isCurrent) => {
      const attributes = await this.loadCounted(load);
      // isCurrent() is false when invalidate() ran during the load: the result may predate a write.
      if (isCurrent() && belongsTo(attributes, sub)) {
        this.entries.set(sub, {
          attributes: Object.freeze(attributes),
          expiresAt: this.now() + this.ttlMs,
        });
      }
      return attributes;
    });
    return this.joinedOutcome(shared, load);
  }

  async peek(sub: string): Promise<Attributes | undefined> {
    const entry = this.entries.get(sub);
    return entry !== undefined && entry.expiresAt > this.now() ? entry.attributes : undefined;
  }

  async invalidate(sub: string): Promise<void> {
    this.counters.invalidations += 1;
    this.entries.delete(sub);
    this.flights.forget(sub);
  }
}
