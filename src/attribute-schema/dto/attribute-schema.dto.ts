import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTRIBUTE_FORMATS } from '../../attribute-policy';
import type {
  AttributeDescription,
  AttributeFormat,
  AttributeType,
  VerificationChannel,
} from '../../attribute-policy';

/** What a value must look like; only the constraints that apply are present. */
export class AttributeConstraintsDto {
  /**
   * An extra syntax check: `email`, `phone` (E.164), `date` (YYYY-MM-DD or 0000-MM-DD),
   * `zoneinfo` (IANA zone), `locale` (BCP 47), `url` (absolute http/https), `gender`.
   */
  @ApiPropertyOptional({ enum: ATTRIBUTE_FORMATS })
  format?: AttributeFormat;
  /** Minimum length in UTF-16 code units (as Cognito counts). */
  minLength?: number;
  /** Maximum length in UTF-16 code units (as Cognito counts). */
  maxLength?: number;
  /** An ECMAScript regular expression (`u` flag) the whole value must match. */
  pattern?: string;
  /** The only values accepted. */
  enum?: string[];
  /** Smallest accepted value of a `number` attribute. */
  min?: number;
  /** Largest accepted value of a `number` attribute. */
  max?: number;
  /** Line feeds are allowed; every other control character is always refused. */
  multiline?: boolean;
}

/** The effective rule of one attribute for the signed-in user (`/me`) and for sign-up. */
export class AttributeSchemaEntryDto {
  /** The Cognito attribute name, e.g. `email` or `custom:display_name`. */
  name!: string;
  /** Returned by `GET /me/attributes`. */
  readable!: boolean;
  /** May be changed with `PATCH /me/attributes`. */
  writable!: boolean;
  /** May be removed with `DELETE /me/attributes`. */
  deletable!: boolean;
  /** Accepted in `POST /sign-up`. */
  signUp!: boolean;
  /** Must be given at sign-up; never deletable. */
  required!: boolean;
  /** A change must be confirmed with a code sent by email or SMS. */
  @ApiProperty({ enum: ['email', 'sms', 'none'] })
  verification!: VerificationChannel;
  /** Cognito's data type; every value is still sent and returned as a string. */
  @ApiProperty({ enum: ['string', 'number', 'boolean', 'datetime'] })
  type!: AttributeType;
  constraints!: AttributeConstraintsDto;
  /**
   * Changing or deleting it needs a recent sign-in: a token whose `auth_time` is at most
   * `stepUp.maxAgeSeconds` old, otherwise 401 `step-up-required` (sign in again, then retry).
   */
  stepUp!: boolean;
  /** Shown to people filling in a form. */
  description?: string;
}

/** How recent a sign-in the `stepUp` attributes need. */
export class StepUpRuleDto {
  /**
   * Largest accepted age of the sign-in (`now - auth_time`) in seconds; 0 when the rule is off
   * (then no attribute has `stepUp: true`).
   */
  @ApiProperty({ example: 900 })
  maxAgeSeconds!: number;
}

/** A few entries of the default policy's schema, exactly as the route returns them. */
export const ATTRIBUTE_SCHEMA_EXAMPLE: (AttributeDescription & { stepUp: boolean })[] = [
  {
    name: 'birthdate',
    readable: true,
    writable: true,
    deletable: true,
    signUp: true,
    required: false,
    verification: 'none',
    type: 'string',
    constraints: { format: 'date', maxLength: 10 },
    stepUp: false,
    description: 'YYYY-MM-DD, or 0000-MM-DD to leave the year out.',
  },
  {
    name: 'custom:display_name',
    readable: true,
    writable: true,
    deletable: true,
    signUp: true,
    required: false,
    verification: 'none',
    type: 'string',
    constraints: { maxLength: 64 },
    stepUp: false,
    description: 'Name shown to other users of the app.',
  },
  {
    name: 'email',
    readable: true,
    writable: true,
    deletable: false,
    signUp: true,
    required: true,
    verification: 'email',
    type: 'string',
    constraints: { format: 'email', maxLength: 254 },
    stepUp: true,
    description:
      'Sign-in address. A change takes effect once the code sent to the new address is confirmed.',
  },
  {
    name: 'phone_number',
    readable: true,
    writable: true,
    deletable: true,
    signUp: true,
    required: false,
    verification: 'sms',
    type: 'string',
    constraints: { format: 'phone', maxLength: 16 },
    stepUp: true,
    description: 'E.164, e.g. +14155550100. A change must be confirmed with the code sent by SMS.',
  },
  {
    name: 'preferred_username',
    readable: true,
    writable: true,
    deletable: true,
    signUp: true,
    required: false,
    verification: 'none',
    type: 'string',
    constraints: { maxLength: 128, pattern: '\\S+' },
    stepUp: false,
    description: 'Alternative sign-in name when the pool allows it; no spaces; must be unique.',
  },
  {
    name: 'updated_at',
    readable: true,
    writable: false,
    deletable: false,
    signUp: false,
    required: false,
    verification: 'none',
    type: 'number',
    constraints: { min: 0 },
    stepUp: false,
    description: 'Seconds since 1970-01-01T00:00:00Z of the last profile change; set by Cognito.',
  },
];

/**
 * Every attribute a user may read, change, delete or send at sign-up, sorted by name, so a web
 * or mobile form can be built from it. Admin-only attributes are left out.
 */
export class AttributeSchemaResponseDto {
  @ApiProperty({ type: [AttributeSchemaEntryDto], example: ATTRIBUTE_SCHEMA_EXAMPLE })
  attributes!: AttributeSchemaEntryDto[];
  stepUp!: StepUpRuleDto;
}
