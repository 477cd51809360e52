import type { ProblemItem } from '../common/errors/app-error';

/** Who is asking: the signed-in user about themself (`/me`), or an admin about any user. */
export type PolicyAudience = 'self' | 'admin';

/** How Cognito verifies a new value; only `email` and `phone_number` can be verified. */
export type VerificationChannel = 'email' | 'sms' | 'none';

/** The Cognito attribute data types (`updated_at` is a Number, `*_verified` Booleans). */
export type AttributeType = 'string' | 'number' | 'boolean' | 'datetime';

/** Extra syntax checks for `string` attributes, see attribute-formats.ts. */
export const ATTRIBUTE_FORMATS = [
  'email',
  'phone',
  'date',
  'zoneinfo',
  'locale',
  'url',
  'gender',
] as const;
export type AttributeFormat = (typeof ATTRIBUTE_FORMATS)[number];

/**
 * One attribute's rule after parsing: every flag explicit, `maxLength` resolved to its
 * effective value (2048 when the file leaves it out), `multiline` defaulted to false.
 */
export interface AttributeRule {
  readonly name: string;
  readonly read: boolean;
  readonly write: boolean;
  readonly delete: boolean;
  readonly signUp: boolean;
  readonly adminRead: boolean;
  readonly adminWrite: boolean;
  readonly required: boolean;
  readonly verification: VerificationChannel;
  readonly type: AttributeType;
  readonly format?: AttributeFormat;
  readonly minLength?: number;
  readonly maxLength: number;
  /** Matched against the whole value (implicitly anchored), with the `u` flag. */
  readonly pattern?: string;
  readonly enum?: readonly string[];
  /** Inclusive bounds for `number` attributes. */
  readonly min?: number;
  readonly max?: number;
  /** Allows line feeds (`\n`) in the value; every other control character stays rejected. */
  readonly multiline: boolean;
  /** Allows leading and trailing whitespace (`string` only). The allow* options are absent unless true. */
  readonly allowSurroundingWhitespace?: boolean;
  /** Allows invisible format characters (Unicode Cf: zero-width joiners, marks...) other than bidi controls. */
  readonly allowInvisibleCharacters?: boolean;
  /** Allows bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069). */
  readonly allowBidiControls?: boolean;
  /** Allows a `date` after today (format `date` only); a birthdate can't be. */
  readonly allowFutureDate?: boolean;
  /** Value is personal data: redact it in logs. */
  readonly sensitive: boolean;
  /**
   * Changing or deleting it through `/me` needs a recent sign-in (STEP_UP_MAX_AGE_SECONDS).
   * Absent means false.
   */
  readonly stepUp?: boolean;
  readonly description?: string;
}

/**
 * The parsed policy. `attributes` is a Map so that no attribute name, whatever the file
 * holds, can reach an object prototype.
 */
export interface AttributePolicy {
  readonly version: 1;
  readonly adminGroup: string;
  readonly attributes: ReadonlyMap<string, AttributeRule>;
}

/**
 * One problem with one attribute: a problem+json `errors[]` item that always names its attribute
 * (`code` stable kebab-case, `message` never echoes values).
 */
export interface PolicyViolation extends ProblemItem {
  attribute: string;
}

/** Constraints as published by `GET /attributes/schema`. */
export interface AttributeConstraints {
  format?: AttributeFormat;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
  min?: number;
  max?: number;
  multiline?: boolean;
}

/** The effective rule of one attribute for one audience, as published by the schema route. */
export interface AttributeDescription {
  name: string;
  readable: boolean;
  writable: boolean;
  deletable: boolean;
  signUp: boolean;
  required: boolean;
  verification: VerificationChannel;
  type: AttributeType;
  constraints: AttributeConstraints;
  description?: string;
}
