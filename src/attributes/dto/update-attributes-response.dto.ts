import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CodeDeliveryDetailsDto } from './code-delivery-details.dto';

export class UpdateAttributeNextStepDto {
  /** DONE, or CONFIRM_ATTRIBUTE_WITH_CODE: confirm with POST /me/attributes/{key}/verify. */
  @ApiProperty({ enum: ['DONE', 'CONFIRM_ATTRIBUTE_WITH_CODE'] })
  updateAttributeStep!: 'DONE' | 'CONFIRM_ATTRIBUTE_WITH_CODE';
  @ApiPropertyOptional({ type: CodeDeliveryDetailsDto })
  codeDeliveryDetails?: CodeDeliveryDetailsDto;
}

/** One attribute's outcome (Amplify v6 `UpdateUserAttributeOutput`). */
export class UpdateAttributeResultDto {
  /** True when the new value is in effect now; false while an email change awaits its code. */
  isUpdated!: boolean;
  nextStep!: UpdateAttributeNextStepDto;
}

/** Per-attribute outcome, keyed by attribute name (Amplify v6 `UpdateUserAttributesOutput`). */
export class UpdateAttributesResponseDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(UpdateAttributeResultDto) },
    example: {
      name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
      email: {
        isUpdated: false,
        nextStep: {
          updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: 'a***@e***',
          },
        },
      },
    },
  })
  attributes!: Record<string, UpdateAttributeResultDto>;
}
