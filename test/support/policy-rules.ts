import type { AttributeRule } from '../../src/attribute-policy';

/** One attribute's rule as a policy file holds it, granting everything (delete, sign-up, admins). */
export const PERMISSIVE_RULE_JSON = {
  read: true,
  write: true,
  delete: true,
  signUp: true,
  adminRead: true,
  adminWrite: true,
  required: false,
  verification: 'none',
  type: 'string',
  sensitive: false,
} as const;

/** That rule as the loader returns it: named, with the defaults of a plain string filled in. */
export function permissiveRule(name: string): AttributeRule {
  return { name, ...PERMISSIVE_RULE_JSON, maxLength: 2048, multiline: false };
}
