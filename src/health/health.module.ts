import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CognitoHealthIndicators } from './cognito.health';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [CognitoHealthIndicators],
})
export class HealthModule {}
