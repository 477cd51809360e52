import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsStringMap } from './string-map';

/**
 * Hard cap checked while parsing; the service then allows at most as many attributes as the
 * policy knows (a DTO can't see the policy).
 */
export const MAX_ATTRIBUTES_PER_REQUEST = 64;

/** Cognito's ClientMetadata is free-form; these limits keep it from becoming a payload channel. */
export const CLIENT_METADATA_RULES = {
  maxEntries: 50,
  maxKeyLength: 128,
  maxValueLength: 256,
  refusePrototypeKeys: true,
};

/** Forwarded to Cognito's Lambda triggers (custom message, pre-token, ...). */
export const CLIENT_METADATA_PROPERTY = {
  type: 'object',
  additionalProperties: { type: 'string', maxLength: 256 },
  maxProperties: 50,
  description:
    'Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ' +
    'ClientMetadata for its Lambda triggers. Reserved keys such as `__proto__` are refused.',
  example: { source: 'profile-page' },
} as const;

/** Amplify `updateUserAttributes`: change one or many attributes, all or nothing. */
export class UpdateAttributesDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    minProperties: 1,
    description:
      'Attribute name → new value (strings, as Cognito stores them). Names must be writable by ' +
      'you per the policy; every value is validated before anything is sent to Cognito.',
    example: { name: 'Ada Lovelace', 'custom:display_name': 'ada', email: 'ada@example.com' },
  })
  @IsStringMap({ minEntries: 1, maxEntries: MAX_ATTRIBUTES_PER_REQUEST })
  attributes!: Record<string, string>;

  @ApiPropertyOptional(CLIENT_METADATA_PROPERTY)
  @IsOptional()
  @IsStringMap(CLIENT_METADATA_RULES)
  clientMetadata?: Record<string, string>;
}
