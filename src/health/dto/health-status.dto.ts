import { ApiProperty } from '@nestjs/swagger';

export class HealthCheckStateDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
}

const CHECKS = {
  type: 'object',
  additionalProperties: { $ref: '#/components/schemas/HealthCheckStateDto' },
} as const;

/** @nestjs/terminus's report: every check by name (`jwks`, `cognito`), all up. */
export class HealthStatusDto {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  @ApiProperty({ ...CHECKS, example: { jwks: { status: 'up' }, cognito: { status: 'up' } } })
  info!: Record<string, HealthCheckStateDto>;
  @ApiProperty({ ...CHECKS, example: {} })
  error!: Record<string, HealthCheckStateDto>;
  @ApiProperty({ ...CHECKS, example: { jwks: { status: 'up' }, cognito: { status: 'up' } } })
  details!: Record<string, HealthCheckStateDto>;
}
