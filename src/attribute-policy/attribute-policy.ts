import type {
  AttributeConstraints,
  AttributeDescription,
  AttributePolicy,
  AttributeRule,
  PolicyAudience,
  PolicyViolation,
  VerificationChannel,
} from './attribute-policy.types';
import { isAdminProtectedAttribute, isUserProtectedAttribute } from './cognito-attributes';
import { type PolicyViolationCode, violation } from './policy-violation';

// The loader already refuses files that break the hard rules; the checks below repeat them so
// that a policy built in code (a test, a future loader) can't open a hole either.

/** Whether `audience` may do something with the attribute `name`; false for unknown names. */
type AudiencePermission = (
  policy: AttributePolicy,
  name: string,
  audience: PolicyAudience,
) => boolean;

export const isReadable: AudiencePermission = (policy, name, audience) => {
  const rule = policy.attributes.get(name);
  if (!rule) return false;
  return audience === 'admin' ? rule.adminRead : rule.read;
};

export const isWritable: AudiencePermission = (policy, name, audience) => {
  const rule = policy.attributes.get(name);
  if (!rule) return false;
  return audience === 'admin'
    ? rule.adminWrite && !isAdminProtectedAttribute(name)
    : rule.write && !isUserProtectedAttribute(name);
};

/**
 * Users delete what the policy marks `delete`; admins may delete what they may write, except
 * protected flags (an admin sets `email_verified` to false rather than removing it). Required
 * attributes are never deletable: cognito-local deletes anything asked, even those.
 */
export const isDeletable: AudiencePermission = (policy, name, audience) => {
  const rule = policy.attributes.get(name);
  if (!rule || rule.required || isUserProtectedAttribute(name)) return false;
  return audience === 'admin' ? rule.adminWrite : rule.delete;
};

/** Sign-up is the user speaking, so the user's hard rules apply. */
export function isAllowedAtSignUp(policy: AttributePolicy, name: string): boolean {
  const rule = policy.attributes.get(name);
  return rule !== undefined && rule.signUp && !isUserProtectedAttribute(name);
}

/**
 * The attributes this audience may see, from what Cognito returned. Attributes the policy
 * doesn't know are dropped: a new attribute in the pool stays private until someone decides.
 */
export function readableAttributes(
  policy: AttributePolicy,
  attrs: Readonly<Record<string, string>>,
  audience: PolicyAudience,
): Record<string, string> {
  // No prototype, so even a hostile key could not reach Object.prototype.
  const result = Object.create(null) as Record<string, string>;
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (typeof value === 'string' && isReadable(policy, name, audience)) {
      result[name] = value;
    }
  }
  return result;
}

type Permission = (policy: AttributePolicy, name: string) => boolean;

/** One violation per distinct name that is unknown or fails the permission. */
function check(
  policy: AttributePolicy,
  names: readonly string[],
  allowed: Permission,
  denied: (name: string) => PolicyViolation,
): PolicyViolation[] {
  const problems: PolicyViolation[] = [];
  for (const name of new Set(names)) {
    if (!policy.attributes.has(name)) {
      problems.push(violation(name, 'unknown-attribute', 'attribute is not known'));
    } else if (!allowed(policy, name)) {
      problems.push(denied(name));
    }
  }
  return problems;
}

type AudienceCheck = (
  policy: AttributePolicy,
  names: readonly string[],
  audience: PolicyAudience,
) => PolicyViolation[];

/** The check of one audience permission: unknown names, then names it denies, with `code`. */
function audienceCheck(
  permitted: AudiencePermission,
  code: PolicyViolationCode,
  message: (rule: AttributeRule | undefined) => string,
): AudienceCheck {
  return (policy, names, audience) =>
    check(
      policy,
      names,
      (p, name) => permitted(p, name, audience),
      (name) => violation(name, code, message(policy.attributes.get(name))),
    );
}

export const checkReadable = audienceCheck(
  isReadable,
  'attribute-not-readable',
  () => 'attribute may not be read',
);

export const checkWritable = audienceCheck(
  isWritable,
  'attribute-not-writable',
  () => 'attribute may not be changed',
);

export const checkDeletable = audienceCheck(isDeletable, 'attribute-not-deletable', (rule) =>
  rule?.required ? 'attribute is required and may not be deleted' : 'attribute may not be deleted',
);

/** Names that may not be sent at sign-up, then every required attribute that is missing. */
export function checkSignUp(policy: AttributePolicy, names: readonly string[]): PolicyViolation[] {
  const problems = check(policy, names, isAllowedAtSignUp, (name) =>
    violation(name, 'attribute-not-allowed-at-sign-up', 'attribute may not be set at sign-up'),
  );
  const given = new Set(names);
  for (const rule of policy.attributes.values()) {
    if (rule.required && !given.has(rule.name)) {
      const message = 'attribute is required at sign-up';
      problems.push(violation(rule.name, 'required-attribute-missing', message));
    }
  }
  return problems;
}

/**
 * Whether a verification code may be requested or confirmed for `name` by the user: it must be
 * readable and have a verification channel.
 */
export function checkVerifiable(policy: AttributePolicy, name: string): PolicyViolation[] {
  const readable = checkReadable(policy, [name], 'self');
  if (readable.length > 0) return readable;
  return verificationFor(policy, name) === 'none'
    ? [violation(name, 'attribute-not-verifiable', 'attribute has no verification step')]
    : [];
}

export function verificationFor(policy: AttributePolicy, name: string): VerificationChannel {
  return policy.attributes.get(name)?.verification ?? 'none';
}

/** Unknown attributes count as sensitive: redacting too much is the safe mistake in logs. */
export function isSensitive(policy: AttributePolicy, name: string): boolean {
  return policy.attributes.get(name)?.sensitive ?? true;
}

function constraintsOf(rule: AttributeRule): AttributeConstraints {
  const constraints: AttributeConstraints = {};
  if (rule.format !== undefined) constraints.format = rule.format;
  if (rule.type === 'string') {
    if (rule.minLength !== undefined) constraints.minLength = rule.minLength;
    constraints.maxLength = rule.maxLength;
    if (rule.multiline) constraints.multiline = true;
  }
  if (rule.pattern !== undefined) constraints.pattern = rule.pattern;
  if (rule.enum !== undefined) constraints.enum = [...rule.enum];
  if (rule.min !== undefined) constraints.min = rule.min;
  if (rule.max !== undefined) constraints.max = rule.max;
  return constraints;
}

/**
 * The effective schema for one audience, sorted by name. Attributes the audience can neither
 * read, write, delete nor send at sign-up are left out: the schema route is public, and an
 * admin-only attribute's name and values are nobody else's business.
 */
export function describePolicy(
  policy: AttributePolicy,
  audience: PolicyAudience = 'self',
): AttributeDescription[] {
  const descriptions: AttributeDescription[] = [];
  for (const rule of policy.attributes.values()) {
    const name = rule.name;
    const description: AttributeDescription = {
      name,
      readable: isReadable(policy, name, audience),
      writable: isWritable(policy, name, audience),
      deletable: isDeletable(policy, name, audience),
      signUp: isAllowedAtSignUp(policy, name),
      required: rule.required,
      verification: rule.verification,
      type: rule.type,
      constraints: constraintsOf(rule),
    };
    if (rule.description !== undefined) description.description = rule.description;
    const { readable, writable, deletable, signUp } = description;
    if (readable || writable || deletable || signUp) descriptions.push(description);
  }
  return descriptions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
