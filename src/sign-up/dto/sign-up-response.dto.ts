import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Where the confirmation code was sent; the destination is always masked. */
export class SignUpCodeDeliveryDto {
  /** The attribute the code was sent to, e.g. `email`. */
  @ApiPropertyOptional({ example: 'email' })
  attributeName?: string;
  @ApiPropertyOptional({ enum: ['EMAIL', 'SMS'], example: 'EMAIL' })
  deliveryMedium?: 'EMAIL' | 'SMS';
  /** Masked, e.g. `n***@e***` or `+*******0100`. */
  @ApiPropertyOptional({ example: 'n***@e***' })
  destination?: string;
}

/** What the client does next (Amplify v6 `nextStep`). */
export class SignUpNextStepDto {
  /** `CONFIRM_SIGN_UP`: send the code to `POST /sign-up/confirm`; `DONE`: the user may sign in. */
  @ApiProperty({ enum: ['CONFIRM_SIGN_UP', 'DONE'], example: 'CONFIRM_SIGN_UP' })
  signUpStep!: 'CONFIRM_SIGN_UP' | 'DONE';
  codeDeliveryDetails?: SignUpCodeDeliveryDto;
}

export class SignUpResponseDto {
  /** The new user's `sub`, their permanent id. */
  @ApiProperty({ example: '5b0c6c6e-3f0a-4f43-9b59-8e3f3c1d2a10' })
  userSub!: string;
  /** False until the code is confirmed (unless a pre sign-up trigger confirms the user). */
  userConfirmed!: boolean;
  nextStep!: SignUpNextStepDto;
}

export class ResendSignUpCodeResponseDto {
  /** Absent when Cognito does not say where the code went. */
  codeDeliveryDetails?: SignUpCodeDeliveryDto;
}
