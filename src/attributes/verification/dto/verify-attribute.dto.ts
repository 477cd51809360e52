import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Amplify `confirmUserAttribute`. */
export class VerifyAttributeDto {
  /**
   * The code Cognito sent (6 digits). A missing or malformed code is refused as
   * `code-mismatch` before Cognito is asked, and counts as a failed attempt.
   */
  @ApiProperty({ required: true, pattern: '^\\d{6}$', example: '123456' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  code?: string;
}
