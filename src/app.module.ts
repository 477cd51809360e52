import { DynamicModule, Module } from '@nestjs/common';
import { AttributesModule } from './attributes/attributes.module';
import { AuthModule } from './auth/auth.module';
import { AttributesCacheModule } from './cache/attributes-cache.module';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { IdentityProviderModule } from './identity-provider/identity-provider.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        IdentityProviderModule,
        AttributesCacheModule,
        AuthModule,
        AttributesModule,
        HealthModule,
      ],
    };
  }
}
