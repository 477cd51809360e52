import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ClientMetadataField } from '../../common/http/client-metadata.field';
import { UsernameField } from './username.field';

export class ConfirmSignUpDto {
  /** The username given at sign-up (here: the email address). */
  @UsernameField()
  username!: string;

  /** The confirmation code Cognito sent (in local mode always `123456`). */
  @IsString()
  @MaxLength(2048)
  @Matches(/^\S+$/, { message: 'code must be a non-empty string without spaces' })
  @ApiProperty({ example: '123456', maxLength: 2048 })
  code!: string;

  @ClientMetadataField()
  clientMetadata?: Record<string, string>;
}
