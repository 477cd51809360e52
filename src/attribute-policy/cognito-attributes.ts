import type { AttributeFormat, AttributeType, VerificationChannel } from './attribute-policy.types';

/** Cognito's limits: attribute names are at most 32 characters, values at most 2048. */
export const MAX_ATTRIBUTE_NAME_LENGTH = 32;
export const MAX_ATTRIBUTE_VALUE_LENGTH = 2048;

/** Custom attribute names as Cognito creates them: `custom:` plus 1–20 characters. */
export const CUSTOM_ATTRIBUTE_NAME = /^custom:[A-Za-z0-9_]{1,20}$/;

/** Names Cognito reserves for itself (`cognito:user_status`, `cognito:mfa_enabled`, ...). */
export const COGNITO_RESERVED_NAME = /^cognito:[A-Za-z0-9_]{1,24}$/;

/** What Cognito fixes for a standard attribute; a policy may not contradict it. */
export interface StandardAttribute {
  readonly type: AttributeType;
  readonly format?: AttributeFormat;
  /** Verification channels Cognito supports for the attribute (always including none). */
  readonly verification: readonly VerificationChannel[];
  /** Values Cognito can never exceed (e.g. RFC 5321 for email), whatever the file says. */
  readonly maxLength?: number;
}

const text = (format?: AttributeFormat, maxLength?: number): StandardAttribute => ({
  type: 'string',
  format,
  verification: ['none'],
  maxLength,
});

/** The 17 OIDC standard attributes Cognito supports, plus the ones it manages itself. */
export const STANDARD_ATTRIBUTES: ReadonlyMap<string, StandardAttribute> = new Map([
  ['address', text()],
  ['birthdate', text('date', 10)],
  ['email', { type: 'string', format: 'email', verification: ['email', 'none'], maxLength: 254 }],
  ['family_name', text()],
  ['gender', text('gender')],
  ['given_name', text()],
  ['locale', text('locale')],
  ['middle_name', text()],
  ['name', text()],
  ['nickname', text()],
  [
    'phone_number',
    { type: 'string', format: 'phone', verification: ['sms', 'none'], maxLength: 16 },
  ],
  ['picture', text('url')],
  ['preferred_username', text(undefined, 128)],
  ['profile', text('url')],
  ['updated_at', { type: 'number', verification: ['none'] }],
  ['website', text('url')],
  ['zoneinfo', text('zoneinfo')],
  ['sub', text()],
  ['email_verified', { type: 'boolean', verification: ['none'] }],
  ['phone_number_verified', { type: 'boolean', verification: ['none'] }],
  ['identities', text()],
]);

/** Attributes whose values Cognito (or an admin, for `*_verified`) alone may set. */
const USER_PROTECTED = new Set(['sub', 'email_verified', 'phone_number_verified', 'identities']);

/** Admins may set the verified flags (e.g. after an out-of-band check), nothing else protected. */
const ADMIN_WRITABLE_PROTECTED = new Set(['email_verified', 'phone_number_verified']);

/**
 * True for attributes a user may never write, delete or send at sign-up, whatever the
 * policy file says: a user who could set `email_verified` or `sub` could impersonate others.
 */
export function isUserProtectedAttribute(name: string): boolean {
  return USER_PROTECTED.has(name) || name.startsWith('cognito:');
}

/** True for protected attributes that not even an admin may write or delete. */
export function isAdminProtectedAttribute(name: string): boolean {
  return isUserProtectedAttribute(name) && !ADMIN_WRITABLE_PROTECTED.has(name);
}

/** True when the name is one a policy may declare: standard, `custom:*` or `cognito:*`. */
export function isDeclarableAttributeName(name: string): boolean {
  return (
    STANDARD_ATTRIBUTES.has(name) ||
    CUSTOM_ATTRIBUTE_NAME.test(name) ||
    COGNITO_RESERVED_NAME.test(name)
  );
}
