import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AttributeSchemaModule } from './attribute-schema/attribute-schema.module';
import { AdminGroupGuard } from './attributes/admin/admin-group.guard';
import { AttributesModule } from './attributes/attributes.module';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AuthModule } from './auth/auth.module';
import { AttributesCacheModule } from './cache/attributes-cache.module';
import { MethodAndMediaModule } from './common/http/method-and-media.module';
import { RequestContextGuard } from './common/request-id.context';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { IdentityProviderModule } from './identity-provider/identity-provider.module';
import { MetricsModule } from './metrics/metrics.module';
import { PolicyCheckModule } from './policy-check/policy-check.module';
import { CodeAttemptLimiterModule } from './rate-limit/code-attempt-limiter.module';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RedisModule } from './redis';
import { SignUpModule } from './sign-up/sign-up.module';

/**
 * Every global guard, in the order they run: Nest runs APP_GUARD providers in registration order,
 * so they are registered here, in one list, rather than by the order modules are imported in.
 * 1. RequestContextGuard opens the request context: audit events anywhere after it carry the request id.
 * 2. AccessTokenGuard verifies the token and attaches the user (routes marked @Public() pass).
 * 3. RateLimitGuard counts per verified user (so it needs 2: nobody spends another's budget, and
 *    invalid tokens are refused before they count), and per client IP on the public sign-up routes.
 * 4. AdminGroupGuard, on @AdminOnly() routes only: the group claim, then Cognito's confirmation —
 *    after 3, so admin routes are counted before Cognito is asked.
 */
export const GLOBAL_GUARDS: readonly Type[] = [
  RequestContextGuard,
  AccessTokenGuard,
  RateLimitGuard,
  AdminGroupGuard,
];

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
        RateLimitModule,
        CodeAttemptLimiterModule,
        AttributesModule,
        HealthModule,
        AttributeSchemaModule,
        SignUpModule,
        PolicyCheckModule,
        MethodAndMediaModule,
      ],
      providers: [
        RequestContextGuard,
        ...GLOBAL_GUARDS.map((guard) => ({ provide: APP_GUARD, useExisting: guard })),
      ],
    };
  }
}
