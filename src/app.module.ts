import { DynamicModule, Module } from '@nestjs/common';
import { AttributeSchemaModule } from './attribute-schema/attribute-schema.module';
import { AttributesModule } from './attributes/attributes.module';
import { AuthModule } from './auth/auth.module';
import { AttributesCacheModule } from './cache/attributes-cache.module';
import { MethodAndMediaModule } from './common/http/method-and-media.module';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { IdentityProviderModule } from './identity-provider/identity-provider.module';
import { MetricsModule } from './metrics/metrics.module';
import { PolicyCheckModule } from './policy-check/policy-check.module';
import { CodeAttemptLimiterModule } from './rate-limit/code-attempt-limiter.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RedisModule } from './redis';
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
        RedisModule,
        AttributesCacheModule,
        AuthModule,
        // After AuthModule: its guard must run first, so limits count per verified user.
        RateLimitModule,
        CodeAttemptLimiterModule,
        AttributesModule,
        HealthModule,
        AttributeSchemaModule,
        SignUpModule,
        PolicyCheckModule,
        MethodAndMediaModule,
      ],
    };
  }
}
