import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CodeDeliveryDetailsDto } from './code-delivery-details.dto';
import { CLIENT_METADATA_PROPERTY, CLIENT_METADATA_RULES } from './update-attributes.dto';
import { IsStringMap } from './string-map';

/** Amplify `sendUserAttributeVerificationCode`; the body is optional. */
export class SendVerificationCodeDto {
  @ApiPropertyOptional(CLIENT_METADATA_PROPERTY)
  @IsOptional()
  @IsStringMap(CLIENT_METADATA_RULES)
  clientMetadata?: Record<string, string>;
}

export class VerificationCodeResponseDto {
  codeDeliveryDetails!: CodeDeliveryDetailsDto;
}
