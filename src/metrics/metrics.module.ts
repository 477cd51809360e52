import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { MetricsServer } from './metrics-server';

/** Prometheus metrics; global so the Cognito adapter and the rate limiter can record into it. */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MetricsModule,
      controllers: config.metrics.port === undefined ? [MetricsController] : [],
      providers: [Metrics, MetricsServer],
      exports: [Metrics],
    };
  }
}
