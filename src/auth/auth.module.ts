import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessTokenGuard } from './access-token.guard';
import { AccessTokenVerifier, createAccessTokenVerifier } from './access-token-verifier';
import { CallerConfirmation } from './caller-confirmation';

@Global()
@Module({
  providers: [
    {
      provide: AccessTokenVerifier,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createAccessTokenVerifier(config.cognito),
    },
    // Registered as a global guard, in order, by src/app.module.ts.
    AccessTokenGuard,
    CallerConfirmation,
  ],
  exports: [AccessTokenVerifier, AccessTokenGuard, CallerConfirmation],
})
export class AuthModule {}
