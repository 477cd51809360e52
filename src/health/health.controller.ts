import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { CognitoHealthIndicators } from './cognito.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: CognitoHealthIndicators,
  ) {}

  /** Liveness: the process answers. Never checks dependencies, so an outage doesn't restart pods. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: the JWKS can be loaded and Cognito answers; 503 otherwise. */
  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'Ready' })
  @ApiProblemResponses(503)
  ready() {
    return this.health.check([() => this.indicators.jwks(), () => this.indicators.cognito()]);
  }
}
