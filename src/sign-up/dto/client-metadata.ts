import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { KeepAsSent } from './keep-as-sent';
import { CLIENT_METADATA_LIMITS, IsStringMap } from './string-map.validator';

/**
 * Optional `clientMetadata`: passed to the pool's Lambda triggers (e.g. a custom message or
 * pre sign-up trigger), never stored. At most 50 pairs; keys ≤ 128, values ≤ 256 characters.
 */
export function ClientMetadataField(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsStringMap(CLIENT_METADATA_LIMITS),
    KeepAsSent(),
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: { type: 'string', maxLength: CLIENT_METADATA_LIMITS.maxValueLength },
      maxProperties: CLIENT_METADATA_LIMITS.maxEntries,
      description:
        "Passed to the pool's Lambda triggers, never stored. At most 50 pairs; keys up to 128 " +
        'characters, values up to 256.',
      example: { source: 'web' },
    }),
  );
}
