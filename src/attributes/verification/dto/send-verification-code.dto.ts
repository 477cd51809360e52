import { ClientMetadataField } from '../../../common/http/client-metadata.field';
import { CodeDeliveryDetailsDto } from '../../dto/code-delivery-details.dto';

/** Amplify `sendUserAttributeVerificationCode`; the body is optional. */
export class SendVerificationCodeDto {
  @ClientMetadataField()
  clientMetadata?: Record<string, string>;
}

export class VerificationCodeResponseDto {
  codeDeliveryDetails!: CodeDeliveryDetailsDto;
}
