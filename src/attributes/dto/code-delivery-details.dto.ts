import { ApiPropertyOptional } from '@nestjs/swagger';

/** Where Cognito sent a verification code (Amplify's `codeDeliveryDetails`). */
export class CodeDeliveryDetailsDto {
  /** The attribute the code confirms. */
  @ApiPropertyOptional({ example: 'email' })
  attributeName?: string;
  @ApiPropertyOptional({ enum: ['EMAIL', 'SMS'], example: 'EMAIL' })
  deliveryMedium?: 'EMAIL' | 'SMS';
  /** Masked by Cognito (cognito-local does not mask). */
  @ApiPropertyOptional({ example: 'a***@e***' })
  destination?: string;
}
