import { Logger } from '@nestjs/common';
import { AuditLogger, PendingChangeEvent } from '../common/audit/audit-logger';
import type { Attributes } from '../identity-provider/identity-provider';
import {
  PENDING_CHANGE_LIFETIME_MS,
  PendingChanges,
  pendingAfterUpdate,
  StoredPendingChanges,
  UpdateOutcome,
  visiblePendingChanges,
} from './pending-change';
import { PendingChangesStore } from './pending-changes-store';

/** Whose pending changes, and who is acting (for the audit trail). */
export interface PendingSubject {
  /** The user whose change it is (their `sub`: the store's key). */
  sub: string;
  username: string;
  actor: 'self' | 'admin';
  actorSub: string;
}

/**
 * The lifecycle of pending email / phone changes: recorded after an update Cognito holds back
 * for a code, shown on reads, resent to the pending value, ended by confirmation, by a change back
 * to the current value, by an admin change, or after 24 h. Every step writes an audit event with
 * attribute names only. Built by PendingChangesModule (the clock is a parameter for tests).
 */
export class PendingChangesService {
  private readonly logger = new Logger('PendingChanges');

  constructor(
    private readonly store: PendingChangesStore,
    private readonly audit: AuditLogger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Pending changes to show with `current`. */
  async view(
    sub: string,
    current: Readonly<Attributes>,
    shown: (name: string) => boolean,
  ): Promise<PendingChanges> {
    return visiblePendingChanges(await this.store.get(sub), current, this.now(), shown);
  }

  /**
   * As `view`, for reads: if the store can't be reached the read still answers, without
   * `pending` (logged), rather than failing the whole profile.
   */
  async viewForRead(
    sub: string,
    current: Readonly<Attributes>,
    shown: (name: string) => boolean,
  ): Promise<PendingChanges> {
    try {
      return await this.view(sub, current, shown);
    } catch {
      this.logger.warn('pending changes left out of a read: store unavailable');
      return Object.create(null) as PendingChanges;
    }
  }

  /** The value a code for `name` would confirm now, if a change is pending. */
  async pendingValue(
    sub: string,
    name: string,
    current: Readonly<Attributes>,
  ): Promise<string | undefined> {
    return (await this.view(sub, current, (n) => n === name))[name]?.value;
  }

  /**
   * After an update (self or admin) was sent: records what Cognito now holds back for a code and
   * ends what the update replaced or cancelled. The update already happened, so a store failure
   * is logged, not thrown.
   */
  async afterUpdate(
    subject: PendingSubject,
    requested: Readonly<Attributes>,
    results: Readonly<Record<string, UpdateOutcome>>,
    verifiable: ReadonlySet<string>,
  ): Promise<void> {
    const { record, clear } = pendingAfterUpdate(requested, results, verifiable);
    if (Object.keys(record).length === 0 && clear.length === 0) return;
    await this.tolerant(async () => {
      const before = this.live(await this.store.get(subject.sub));
      const at = this.now();
      for (const name of Object.keys(record)) {
        await this.store.put(subject.sub, name, { value: record[name], requestedAt: at });
        const replaced = before[name] !== undefined && before[name].value !== record[name];
        this.event(subject, replaced ? 'replaced' : 'requested', [name]);
      }
      const ended = clear.filter((name) => before[name] !== undefined);
      if (ended.length > 0) {
        await this.store.remove(subject.sub, ended);
        this.event(subject, 'cancelled', ended);
      }
    });
  }

  /** A new code was sent for the pending value: its 24 h start again. */
  async resent(subject: PendingSubject, name: string, value: string): Promise<void> {
    await this.tolerant(() =>
      this.store.put(subject.sub, name, { value, requestedAt: this.now() }),
    );
    this.event(subject, 'resent', [name]);
  }

  /** The code was confirmed: the change is in effect. */
  async confirmed(subject: PendingSubject, name: string): Promise<void> {
    const had = await this.tolerant(async () => {
      const before = this.live(await this.store.get(subject.sub));
      await this.store.remove(subject.sub, [name]);
      return before[name] !== undefined;
    });
    if (had) this.event(subject, 'confirmed', [name]);
  }

  private live(stored: StoredPendingChanges): StoredPendingChanges {
    const cutoff = this.now() - PENDING_CHANGE_LIFETIME_MS;
    const live = Object.create(null) as StoredPendingChanges;
    for (const name of Object.keys(stored)) {
      if (stored[name].requestedAt > cutoff) live[name] = stored[name];
    }
    return live;
  }

  private event(subject: PendingSubject, event: PendingChangeEvent, attributeNames: string[]) {
    this.audit.record({
      action: `${subject.actor}.pending-change.${event}`,
      actorSub: subject.actorSub,
      subjectUsername: subject.username,
      attributeNames,
      outcome: 'success',
    });
  }

  private async tolerant<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch {
      this.logger.warn('pending change not saved: store unavailable');
      return undefined;
    }
  }
}
