import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsStringMap, StringMapRules } from './string-map';

/** Cognito's ClientMetadata is free-form; these limits keep it from becoming a payload channel. */
export const CLIENT_METADATA_RULES: StringMapRules = {
  maxEntries: 50,
  maxKeyLength: 128,
  maxValueLength: 256,
  refusePrototypeKeys: true,
};

/**
 * Optional `clientMetadata`, forwarded to the pool's Lambda triggers (custom message, pre sign-up,
 * ...), never stored: at most 50 string pairs, keys ≤ 128 and values ≤ 256 characters.
 */
export function ClientMetadataField(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsStringMap(CLIENT_METADATA_RULES),
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: { type: 'string', maxLength: CLIENT_METADATA_RULES.maxValueLength },
      maxProperties: CLIENT_METADATA_RULES.maxEntries,
      description:
        'Up to 50 string pairs (keys ≤ 128, values ≤ 256 characters), forwarded to Cognito as ' +
        'ClientMetadata for its Lambda triggers, never stored. Reserved keys such as `__proto__` ' +
        'are refused.',
      example: { source: 'profile-page' },
    }),
  );
}
