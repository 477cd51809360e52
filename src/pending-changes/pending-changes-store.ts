import { AppError } from '../common/errors/app-error';
import type { StoredPendingChange, StoredPendingChanges } from './pending-change';

export type PendingChangesStoreKind = 'memory' | 'redis';

/**
 * Each user's pending email / phone changes, keyed by `sub`: the value Cognito holds back until
 * the code is confirmed, which Cognito itself never shows (GetUser returns the old value). In
 * memory, or in Redis so that every instance agrees. Values are personal data: never logged.
 */
export abstract class PendingChangesStore {
  abstract readonly kind: PendingChangesStoreKind;
  /** The user's entries, expired ones possibly included (readers filter by `requestedAt`). */
  abstract get(sub: string): Promise<StoredPendingChanges>;
  /** Records (or replaces) the pending change of one attribute. */
  abstract put(sub: string, name: string, change: StoredPendingChange): Promise<void>;
  abstract remove(sub: string, names: readonly string[]): Promise<void>;
}

/** A store failure, as clients see it: retry shortly; nothing about the store leaks. */
export function pendingStoreUnavailable(cause: unknown): AppError {
  return new AppError('upstream-unavailable', {
    detail: 'Pending changes could not be read or saved; try again shortly.',
    retryAfter: 5,
    cause,
  });
}
