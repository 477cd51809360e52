import { AppError } from '../../common/errors/app-error';
import {
  type AttributePolicy,
  checkDeletable,
  checkVerifiable,
  checkWritable,
  type PolicyAudience,
  validateAttributeNames,
  validateAttributeValues,
} from '../../attribute-policy';

// All or nothing: every check runs before anything is sent upstream, in the order of the
// statuses a client should fix first — malformed (400), forbidden (403), invalid values (422).

/** Throws unless every name may be written by `audience` and every value is valid. */
export function assertUpdatable(
  policy: AttributePolicy,
  attributes: Readonly<Record<string, unknown>>,
  audience: PolicyAudience,
): void {
  const names = Object.keys(attributes);
  if (names.length > policy.attributes.size) {
    throw new AppError('validation-failed', {
      detail: `At most ${policy.attributes.size} attributes may be changed at once.`,
    });
  }
  assertWellFormedNames(names);
  const forbidden = checkWritable(policy, names, audience);
  if (forbidden.length > 0) {
    throw new AppError('attribute-not-writable', {
      detail: `You may not change: ${forbidden.map((v) => v.attribute).join(', ')}.`,
      errors: forbidden,
    });
  }
  const invalid = validateAttributeValues(policy, attributes);
  if (invalid.length > 0) throw new AppError('invalid-attribute-value', { errors: invalid });
}

/** Throws unless every name may be deleted by `audience`. */
export function assertDeletable(
  policy: AttributePolicy,
  names: readonly string[],
  audience: PolicyAudience,
): void {
  assertWellFormedNames(names);
  const forbidden = checkDeletable(policy, names, audience);
  if (forbidden.length > 0) {
    throw new AppError('attribute-not-deletable', {
      detail: `You may not delete: ${forbidden.map((v) => v.attribute).join(', ')}.`,
      errors: forbidden,
    });
  }
}

/** Throws unless the user may request and confirm codes for `name` (email, phone_number). */
export function assertVerifiable(policy: AttributePolicy, name: string): void {
  assertWellFormedNames([name]);
  const problems = checkVerifiable(policy, name);
  if (problems.length > 0) {
    throw new AppError('attribute-not-verifiable', {
      detail: 'Only email and phone_number can be verified.',
      errors: problems,
    });
  }
}

/** Names that can't be attribute names at all (`__proto__`, empty, too long) are malformed. */
function assertWellFormedNames(names: readonly string[]): void {
  const malformed = validateAttributeNames(names);
  if (malformed.length > 0) {
    throw new AppError('validation-failed', {
      detail: 'Some attribute names are malformed.',
      errors: malformed,
    });
  }
}
