import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ClientMetadataField } from '../../common/http/client-metadata.field';

export class ResendSignUpCodeDto {
  /** The username given at sign-up (here: the email address). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  @ApiProperty({ example: 'new.user@example.com', maxLength: 128 })
  username!: string;

  @ClientMetadataField()
  clientMetadata?: Record<string, string>;
}
