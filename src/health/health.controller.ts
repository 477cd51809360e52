import { Controller } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ok, PublicRead } from '../common/http/routes';
import { CognitoHealthIndicators } from './cognito.health';
import { HealthCheckStateDto, HealthStatusDto } from './dto/health-status.dto';

/** What terminus answers for a check of nothing; liveness has no checks, so it needs no run. */
const ALIVE = Object.freeze({ status: 'ok', info: {}, error: {}, details: {} } as const);

@ApiTags('health')
@ApiExtraModels(HealthCheckStateDto)
// terminus's own swagger docs describe a 503 JSON body; what is sent is problem+json.
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: CognitoHealthIndicators,
  ) {}

  /** Liveness: the process answers. Never checks dependencies, so an outage doesn't restart pods. */
  @PublicRead('live', {
    operationId: 'getLiveness',
    returns: ok(HealthStatusDto, 'Alive (no checks are listed)'),
  })
  live() {
    return ALIVE;
  }

  /**
   * Readiness: the JWKS can be loaded and Cognito answers. Otherwise 503 problem+json
   * `upstream-unavailable` with `Retry-After`, whose `errors` name each failed check
   * (`jwks-down`, `cognito-down`).
   */
  @PublicRead('ready', {
    operationId: 'getReadiness',
    returns: ok(HealthStatusDto, 'Ready: every check is up'),
    problems: ['upstream-unavailable'],
  })
  @HealthCheck({ swaggerDocumentation: false })
  ready() {
    return this.health.check([() => this.indicators.jwks(), () => this.indicators.cognito()]);
  }
}
