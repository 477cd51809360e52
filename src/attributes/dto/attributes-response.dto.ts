import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** An email or phone change waiting for its code (Cognito keeps the old value until then). */
export class PendingChangeDto {
  /** The requested new value; the code was sent here. */
  @ApiProperty({ example: 'new@example.com' })
  value!: string;
  /** When the change (or the last resend) was requested. */
  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:00:00.000Z' })
  requestedAt!: string;
  /** When its code expires (24 h later); the change is then no longer shown. */
  @ApiProperty({ format: 'date-time', example: '2026-11-24T10:00:00.000Z' })
  expiresAt!: string;
}

/** The caller's readable attributes; every value is a string, exactly as Cognito stores it. */
export class AttributesResponseDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: {
      sub: '7d9f1c2e-0b1a-4c3d-9e8f-0123456789ab',
      email: 'demo@example.com',
      email_verified: 'true',
      name: 'Demo User',
      'custom:display_name': 'demo',
    },
  })
  attributes!: Record<string, string>;

  /**
   * Changes of `email` / `phone_number` waiting for their code, by attribute name; absent when
   * none is pending. Cleared by `/verify`, by a change back to the current value, by an admin
   * change, or 24 h after the request.
   */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(PendingChangeDto) },
    example: {
      email: {
        value: 'new@example.com',
        requestedAt: '2026-11-23T10:00:00.000Z',
        expiresAt: '2026-11-24T10:00:00.000Z',
      },
    },
  })
  pending?: Record<string, PendingChangeDto>;
}
