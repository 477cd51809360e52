import type { Attributes } from '../identity-provider/identity-provider';

/** Cognito's attribute verification codes are valid for 24 hours; a pending change lives as long. */
export const PENDING_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** What the store keeps per user and attribute: the requested value and when (ms since epoch). */
export interface StoredPendingChange {
  value: string;
  requestedAt: number;
}

/** Attribute name → its stored pending change. Always a prototype-free object. */
export type StoredPendingChanges = Record<string, StoredPendingChange>;

/** A pending change as the API shows it. */
export interface PendingChange {
  value: string;
  /** ISO 8601. */
  requestedAt: string;
  /** ISO 8601: when the code sent for it expires (24 h after the request). */
  expiresAt: string;
}

export type PendingChanges = Record<string, PendingChange>;

/** The least an update result must say for its pending change to be tracked (Amplify's shape). */
export interface UpdateOutcome {
  isUpdated: boolean;
  nextStep: { updateAttributeStep: string };
}

/**
 * The pending changes to show: not expired, not already in effect (confirmed some other way, e.g.
 * straight against Cognito), and visible to the audience. Empty result → the caller leaves
 * `pending` out of the response altogether.
 */
export function visiblePendingChanges(
  stored: Readonly<StoredPendingChanges>,
  current: Readonly<Attributes>,
  nowMs: number,
  shown: (name: string) => boolean,
): PendingChanges {
  const visible = Object.create(null) as PendingChanges;
  for (const name of Object.keys(stored).sort()) {
    const { value, requestedAt } = stored[name];
    const expiresAt = requestedAt + PENDING_CHANGE_LIFETIME_MS;
    if (nowMs >= expiresAt || current[name] === value || !shown(name)) continue;
    visible[name] = {
      value,
      requestedAt: new Date(requestedAt).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
    };
  }
  return visible;
}

/**
 * What an update means for the pending changes of the verifiable attributes it named: a value
 * Cognito now holds back for a code (CONFIRM_ATTRIBUTE_WITH_CODE, not updated) becomes pending,
 * replacing an earlier one; any other outcome — the value took effect, or is the current one
 * again (a PATCH back to it cancels) — ends the pending change.
 */
export function pendingAfterUpdate(
  requested: Readonly<Attributes>,
  results: Readonly<Record<string, UpdateOutcome>>,
  verifiable: ReadonlySet<string>,
): { record: Attributes; clear: string[] } {
  const record = Object.create(null) as Attributes;
  const clear: string[] = [];
  for (const name of Object.keys(requested)) {
    const result = results[name];
    if (!verifiable.has(name) || result === undefined) continue;
    const held =
      !result.isUpdated && result.nextStep.updateAttributeStep === 'CONFIRM_ATTRIBUTE_WITH_CODE';
    if (held) record[name] = requested[name];
    else clear.push(name);
  }
  return { record, clear };
}

/** Only a well-formed entry counts; anything else in the store is ignored. */
export function parseStoredChange(raw: string): StoredPendingChange | undefined {
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { value, requestedAt } = parsed as Record<string, unknown>;
    if (typeof value !== 'string' || typeof requestedAt !== 'number') return undefined;
    return { value, requestedAt };
  } catch {
    return undefined;
  }
}
