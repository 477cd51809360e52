import type { PolicyViolation } from './attribute-policy.types';

/**
 * Every code a policy check or a value check can return. Stable: clients and the OpenAPI
 * spec rely on them, so add new ones rather than renaming.
 */
export const POLICY_VIOLATION_CODES = [
  // attribute-policy.ts: may this audience touch this attribute at all?
  'unknown-attribute',
  'attribute-not-readable',
  'attribute-not-writable',
  'attribute-not-deletable',
  'attribute-not-allowed-at-sign-up',
  'required-attribute-missing',
  'attribute-not-verifiable',
  // attribute-validation.ts: is the name or the value acceptable?
  'invalid-attribute-name',
  'value-not-string',
  'value-empty',
  'value-too-long',
  'value-too-short',
  'control-character',
  'invalid-unicode',
  'invalid-email',
  'invalid-phone-number',
  'invalid-date',
  'invalid-zoneinfo',
  'invalid-locale',
  'invalid-url',
  'invalid-gender',
  'invalid-number',
  'number-too-small',
  'number-too-large',
  'invalid-boolean',
  'invalid-datetime',
  'pattern-mismatch',
  'value-not-allowed',
  'value-padded',
  'invisible-character',
  'bidi-control',
  'date-in-future',
] as const;

export type PolicyViolationCode = (typeof POLICY_VIOLATION_CODES)[number];

export function violation(
  attribute: string,
  code: PolicyViolationCode,
  message: string,
): PolicyViolation {
  return { attribute, code, message };
}
