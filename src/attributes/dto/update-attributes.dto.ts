import { ApiProperty } from '@nestjs/swagger';
import { ClientMetadataField } from '../../common/http/client-metadata.field';
import { IsStringMap } from '../../common/http/string-map';

/**
 * Hard cap checked while parsing; the service then allows at most as many attributes as the
 * policy knows (a DTO can't see the policy).
 */
export const MAX_ATTRIBUTES_PER_REQUEST = 64;

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

  @ClientMetadataField()
  clientMetadata?: Record<string, string>;
}
