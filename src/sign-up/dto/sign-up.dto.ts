import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';
import { ClientMetadataField } from '../../common/http/client-metadata.field';
import { UsernameField } from './username.field';
import { KeepRawMap } from '../../common/http/string-map';

export class SignUpDto {
  /**
   * The new account's username. This pool signs users in by email, so it is the email address;
   * `attributes.email` may be left out (it is set from the username) or must equal it.
   */
  @UsernameField()
  username!: string;

  /** Checked against the user pool's password policy first; never stored by the BFF or logged. */
  @IsString()
  @IsNotEmpty()
  @ApiProperty({ format: 'password', example: 'Correct-Horse-7', maxLength: 256 })
  password!: string;

  /**
   * Attributes to store with the account. Only those marked `signUp` in `GET /attributes/schema`
   * are accepted (never `custom:role` or the `*_verified` flags); values are validated as for
   * `PATCH /me/attributes`. Required attributes must be present.
   */
  @IsOptional()
  @IsObject()
  @KeepRawMap()
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { name: 'New User', 'custom:display_name': 'newbie', locale: 'en-GB' },
  })
  attributes?: Record<string, string>;

  @ClientMetadataField()
  clientMetadata?: Record<string, string>;
}
