import { ApiProperty } from '@nestjs/swagger';

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
}
