import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { ROUTE_PROBLEMS as P } from '../common/errors/route-problems';
import { CognitoHealthIndicators } from './cognito.health';
import { HealthCheckStateDto, HealthStatusDto } from './dto/health-status.dto';

@ApiTags('health')
@ApiExtraModels(HealthCheckStateDto)
@Public()
// terminus's own swagger docs describe a 503 JSON body; what is sent is problem+json.
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: CognitoHealthIndicators,
  ) {}

  /** Liveness: the process answers. Never checks dependencies, so an outage doesn't restart pods. */
  @Get('live')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthStatusDto, description: 'Alive (no checks are listed)' })
  @ApiProblemResponses(...P.any)
  live() {
    return this.health.check([]);
  }

  /**
   * Readiness: the JWKS can be loaded and Cognito answers. Otherwise 503 problem+json
   * `upstream-unavailable` with `Retry-After`, whose `errors` name each failed check
   * (`jwks-down`, `cognito-down`).
   */
  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthStatusDto, description: 'Ready: every check is up' })
  @ApiProblemResponses(...P.any, 'upstream-unavailable')
  ready() {
    return this.health.check([() => this.indicators.jwks(), () => this.indicators.cognito()]);
  }
}
