import { AppError } from '../common/errors/app-error';
import type { Attributes } from '../identity-provider/identity-provider';
import type { SharedResult } from './singleflight';

/** Loads one user's raw attributes upstream (GetUser with the caller's own token). */
export type AttributesLoader = () => Promise<Attributes>;

export type AttributesCacheKind = 'memory' | 'redis' | 'disabled';

export interface AttributesCacheStats {
  kind: AttributesCacheKind;
  /** Reads answered from the cache. */
  hits: number;
  /** Reads that found no entry (they started or joined an upstream load). */
  misses: number;
  /** Upstream loads actually started. */
  loads: number;
  invalidations: number;
  /** Cache-store failures (Redis); each one fell back to the upstream, never to stale data. */
  errors: number;
}

/**
 * Each user's raw Cognito attributes, keyed by `sub` (from the verified token), for a short TTL.
 * Concurrent misses for one user share one upstream load. Never holds anything across users: an
 * entry is stored only when the loaded attributes carry the same `sub`.
 *
 * Read-your-writes: every write path runs its upstream call through `mutate(sub, write)` (or
 * calls `invalidate(sub)` after it, before responding), so the next read of that user, on any
 * instance, goes upstream. See src/cache/README.md.
 */
export abstract class AttributesCache {
  abstract readonly kind: AttributesCacheKind;
  protected readonly counters = { hits: 0, misses: 0, loads: 0, invalidations: 0, errors: 0 };

  /** The user's raw attributes: the cached entry, or one upstream load shared by concurrent callers. */
  abstract get(sub: string, load: AttributesLoader): Promise<Attributes>;

  /**
   * The user's entry as held right now, without loading or counting a read; undefined when there
   * is none (or the store can't be reached). For callers that have just read the user upstream and
   * want to know whether the entry still says the same.
   */
  abstract peek(sub: string): Promise<Attributes | undefined>;

  /**
   * Drops the user's entry everywhere (every instance, with Redis) and detaches loads already in
   * flight, so no read that starts after this resolves can see attributes from before it.
   * Rejects only when the shared store cannot be reached.
   */
  abstract invalidate(sub: string): Promise<void>;

  /**
   * Runs an upstream write of the user's attributes with read-your-writes: invalidates first (if the
   * shared store is unreachable, nothing is written: 503), runs `write`, then invalidates again —
   * also when `write` fails, since a timed-out write may still have landed — before resolving.
   */
  async mutate<T>(sub: string, write: () => Promise<T>): Promise<T> {
    try {
      await this.invalidate(sub);
    } catch (error) {
      throw new AppError('upstream-unavailable', {
        detail: 'The profile cache is unreachable; nothing was changed. Try again shortly.',
        retryAfter: 5,
        cause: error,
      });
    }
    try {
      return await write();
    } finally {
      await this.invalidateAfterWrite(sub);
    }
  }

  stats(): AttributesCacheStats {
    return { kind: this.kind, ...this.counters };
  }

  /** After an upstream write: must not throw (the write happened); implementations retry instead. */
  protected async invalidateAfterWrite(sub: string): Promise<void> {
    await this.invalidate(sub);
  }

  /**
   * A caller that joined another caller's load uses that load's outcome, except a rejected token:
   * the load ran with the first caller's token, which may be revoked while this caller's is fine.
   */
  protected joinedOutcome(
    shared: SharedResult<Attributes>,
    load: AttributesLoader,
  ): Promise<Attributes> {
    if (!shared.joined) return shared.promise;
    return shared.promise.catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'invalid-token')
        return this.loadCounted(load);
      throw error;
    });
  }

  protected loadCounted(load: AttributesLoader): Promise<Attributes> {
    this.counters.loads += 1;
    return load();
  }
}

/** Only a user's own attributes may be stored under their sub. */
export function belongsTo(attributes: Attributes, sub: string): boolean {
  return attributes.sub === sub;
}

/** TTL 0: every read goes upstream; nothing is stored, nothing to invalidate. */
export class DisabledAttributesCache extends AttributesCache {
  readonly kind = 'disabled';

  get(_sub: string, load: AttributesLoader): Promise<Attributes> {
    this.counters.misses += 1;
    return this.loadCounted(load);
  }

  async peek(): Promise<undefined> {
    return undefined;
  }

  async invalidate(): Promise<void> {
    this.counters.invalidations += 1;
  }
}
