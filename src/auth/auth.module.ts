import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
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
    AccessTokenGuard,
    { provide: APP_GUARD, useExisting: AccessTokenGuard },
    CallerConfirmation,
  ],
  exports: [AccessTokenVerifier, CallerConfirmation],
})
export class AuthModule {}
