import type { Attributes, CodeDeliveryDetails } from '../../identity-provider/identity-provider';

/** The flag Cognito keeps beside a verifiable attribute (`email` → `email_verified`). */
export function verifiedFlagOf(name: string): string {
  return `${name}_verified`;
}

const FLAGGED: ReadonlyMap<string, string> = new Map([
  ['email_verified', 'email'],
  ['phone_number_verified', 'phone_number'],
]);

/**
 * What to send upstream, in order. Two calls because cognito-local drops a pending
 * (verification-required) email change whenever another update follows it: sending the
 * plain attributes first and the verification-required ones last keeps the pending change
 * alive at the end of one request. Real Cognito behaves the same either way.
 */
export interface UpdatePlan {
  /** First call: attributes that need no verification. */
  plain: Attributes;
  /** Second call: email / phone_number and their `*_verified` flags, together. */
  needingVerification: Attributes;
}

/**
 * Splits a validated request into the two upstream calls, leaving out every value Cognito
 * already holds: re-sending an unchanged email would make real Cognito mail a new code (and
 * forms usually send every field).
 *
 * A `*_verified` flag travels with its attribute: Cognito skips the code only when both are in
 * the same call (so a requested flag is sent with a changing attribute even if it is unchanged),
 * and cognito-local refuses the flag alone, so a flag without its attribute is sent with the
 * attribute's current value.
 */
export function planAttributeUpdate(
  requested: Readonly<Attributes>,
  current: Readonly<Attributes>,
  verifiable: ReadonlySet<string>,
): UpdatePlan {
  const changes = new Map<string, string>();
  for (const name of Object.keys(requested)) {
    if (requested[name] !== current[name]) changes.set(name, requested[name]);
  }
  for (const [flag, attribute] of FLAGGED) {
    const currentValue = current[attribute];
    if (changes.has(flag) && !changes.has(attribute) && currentValue !== undefined) {
      changes.set(attribute, currentValue);
    }
    // An unchanged flag still goes with its changing attribute, or Cognito resets it to false.
    if (changes.has(attribute) && !changes.has(flag) && requested[flag] !== undefined) {
      changes.set(flag, requested[flag]);
    }
  }
  const plan: UpdatePlan = { plain: emptyAttributes(), needingVerification: emptyAttributes() };
  for (const [name, value] of changes) {
    const group = verifiable.has(name) || FLAGGED.has(name) ? 'needingVerification' : 'plain';
    plan[group][name] = value;
  }
  return plan;
}

/**
 * What Cognito holds once `plan` was sent, when that is known without asking: plain attributes are
 * stored exactly as sent, so `before` with them set is the new state and no read-back is needed.
 * Undefined when the plan changes a verifiable attribute or a `*_verified` flag: whether that value
 * is now in effect (unverified) or held back as a pending change only Cognito can say.
 *
 * Computed from `before` rather than read after the write, the ETag covers exactly the state this
 * request saw and made: a write by someone else in between makes the next If-Match fail (412)
 * instead of being folded silently into the tag this client holds.
 */
export function stateAfterUpdate(
  before: Readonly<Attributes>,
  plan: UpdatePlan,
): Attributes | undefined {
  if (Object.keys(plan.needingVerification).length > 0) return undefined;
  return Object.assign(emptyAttributes(), before, plan.plain);
}

/**
 * What Cognito holds once `names` were deleted, when that is known without asking: `before`
 * without them. Undefined when a verifiable attribute or a `*_verified` flag is among them (what
 * becomes of the other half of the pair is Cognito's business).
 */
export function stateAfterDelete(
  before: Readonly<Attributes>,
  names: readonly string[],
  verifiable: ReadonlySet<string>,
): Attributes | undefined {
  if (names.some((name) => verifiable.has(name) || FLAGGED.has(name))) return undefined;
  const after = Object.assign(emptyAttributes(), before);
  for (const name of names) delete after[name];
  return after;
}

/**
 * What Cognito holds once a code for `name` was confirmed, when nothing could have been pending:
 * the value stays and its flag turns true. (With a pending change possible, the pending value may
 * have replaced the old one, which only Cognito knows.)
 */
export function stateAfterVerify(before: Readonly<Attributes>, name: string): Attributes {
  return Object.assign(emptyAttributes(), before, { [verifiedFlagOf(name)]: 'true' });
}

/** How to undo a plain update that was sent: restore old values, delete what didn't exist. */
export function undoPlainUpdate(
  plain: Readonly<Attributes>,
  before: Readonly<Attributes>,
): { restore: Attributes; remove: string[] } {
  const restore = emptyAttributes();
  const remove: string[] = [];
  for (const name of Object.keys(plain)) {
    if (before[name] === undefined) remove.push(name);
    else restore[name] = before[name];
  }
  return { restore, remove };
}

export type UpdateAttributeStep = 'DONE' | 'CONFIRM_ATTRIBUTE_WITH_CODE';

/** One attribute's outcome, in Amplify v6's `updateUserAttributes` shape. */
export interface UpdateAttributeResult {
  isUpdated: boolean;
  nextStep: {
    updateAttributeStep: UpdateAttributeStep;
    codeDeliveryDetails?: CodeDeliveryDetails;
  };
}

/**
 * The per-attribute outcome, read from what Cognito holds after the writes rather than guessed:
 * `isUpdated` means the new value is in effect now (a pending email change is not);
 * CONFIRM_ATTRIBUTE_WITH_CODE means a verifiable attribute is pending or unverified. Delivery
 * details are attached only to the attribute they name (cognito-local reports the pool's
 * auto-verified channel even for a phone change).
 */
export function describeUpdateResults(
  requested: Readonly<Attributes>,
  after: Readonly<Attributes>,
  deliveries: readonly CodeDeliveryDetails[],
  verifiable: ReadonlySet<string>,
): Record<string, UpdateAttributeResult> {
  const results = Object.create(null) as Record<string, UpdateAttributeResult>;
  for (const name of Object.keys(requested)) {
    const isUpdated = after[name] === requested[name];
    const confirm = verifiable.has(name) && (!isUpdated || after[verifiedFlagOf(name)] !== 'true');
    const delivery = confirm ? deliveries.find((d) => d.attributeName === name) : undefined;
    results[name] = {
      isUpdated,
      nextStep: {
        updateAttributeStep: confirm ? 'CONFIRM_ATTRIBUTE_WITH_CODE' : 'DONE',
        ...(delivery ? { codeDeliveryDetails: delivery } : {}),
      },
    };
  }
  return results;
}

/**
 * Whether a code for `name` can confirm anything: a value that is present but not verified, or
 * a pending change. Cognito never shows a pending change (GetUser returns the old value), so
 * when the pool may hold one (`pendingPossible`: the attribute requires verification before
 * update) there is always potentially something to verify.
 */
export function hasSomethingToVerify(
  name: string,
  attributes: Readonly<Attributes>,
  pendingPossible: boolean,
): boolean {
  if (pendingPossible) return true;
  return attributes[name] !== undefined && attributes[verifiedFlagOf(name)] !== 'true';
}

function emptyAttributes(): Attributes {
  // No prototype: request-supplied names can never reach Object.prototype.
  return Object.create(null) as Attributes;
}
