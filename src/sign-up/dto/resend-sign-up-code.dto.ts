import { ClientMetadataField } from '../../common/http/client-metadata.field';
import { UsernameField } from './username.field';

export class ResendSignUpCodeDto {
  /** The username given at sign-up (here: the email address). */
  @UsernameField()
  username!: string;

  @ClientMetadataField()
  clientMetadata?: Record<string, string>;
}
