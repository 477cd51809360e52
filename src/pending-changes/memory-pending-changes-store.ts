import {
  PENDING_CHANGE_LIFETIME_MS,
  StoredPendingChange,
  StoredPendingChanges,
} from './pending-change';
import { PendingChangesStore } from './pending-changes-store';

/** Default bound in users; the oldest entries go first. Pending changes are rare and short-lived. */
export const DEFAULT_MAX_USERS = 100_000;

/**
 * This instance's memory: right for one instance only (with several, set REDIS_URL, or each
 * instance sees only the changes requested through it). Entries expire 24 h after the last
 * request; the map is bounded.
 */
export class MemoryPendingChangesStore extends PendingChangesStore {
  readonly kind = 'memory';
  private readonly users = new Map<string, StoredPendingChanges>();

  constructor(
    private readonly maxUsers = DEFAULT_MAX_USERS,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async get(sub: string): Promise<StoredPendingChanges> {
    const entries = this.users.get(sub);
    const copy = Object.create(null) as StoredPendingChanges;
    if (!entries) return copy;
    const cutoff = this.now() - PENDING_CHANGE_LIFETIME_MS;
    for (const name of Object.keys(entries)) {
      if (entries[name].requestedAt > cutoff) copy[name] = { ...entries[name] };
      else delete entries[name];
    }
    if (Object.keys(entries).length === 0) this.users.delete(sub);
    return copy;
  }

  async put(sub: string, name: string, change: StoredPendingChange): Promise<void> {
    const entries = this.users.get(sub) ?? (Object.create(null) as StoredPendingChanges);
    entries[name] = { ...change };
    // Re-inserting moves the user to the end, so the first key is always the least recent.
    this.users.delete(sub);
    this.users.set(sub, entries);
    while (this.users.size > this.maxUsers) {
      this.users.delete(this.users.keys().next().value as string);
    }
  }

  async remove(sub: string, names: readonly string[]): Promise<void> {
    const entries = this.users.get(sub);
    if (!entries) return;
    for (const name of names) delete entries[name];
    if (Object.keys(entries).length === 0) this.users.delete(sub);
  }

  /** Users with entries (tests and diagnostics). */
  size(): number {
    return this.users.size;
  }
}
