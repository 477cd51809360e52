import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AttributeSchemaModule } from './attribute-schema/attribute-schema.module';
import { AttributesModule } from './attributes/attributes.module';
import { AuthModule } from './auth/auth.module';
import { ReservedKeysInterceptor } from './common/http/reserved-keys.interceptor';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { IdentityProviderModule } from './identity-provider/identity-provider.module';
import { MetricsModule } from './metrics/metrics.module';
import { PolicyCheckModule } from './policy-check/policy-check.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { SignUpModule } from './sign-up/sign-up.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        MetricsModule.forRoot(config),
        IdentityProviderModule,
        AuthModule,
        // After AuthModule: its guard must run first, so limits count per verified user.
        RateLimitModule,
        AttributesModule,
        HealthModule,
        AttributeSchemaModule,
        SignUpModule,
        PolicyCheckModule,
      ],
      // Every JSON body, on every route: reserved keys are refused before any pipe drops them.
      providers: [{ provide: APP_INTERCEPTOR, useClass: ReservedKeysInterceptor }],
    };
  }
}
