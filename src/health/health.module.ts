import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CognitoHealthIndicators } from './cognito.health';
import { HealthController } from './health.controller';
import { JwksWarmup } from './jwks-warmup';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [CognitoHealthIndicators, JwksWarmup],
})
export class HealthModule {}
