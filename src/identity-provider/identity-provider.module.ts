import { Global, Module } from '@nestjs/common';
import { CognitoIdentityProvider } from './cognito-identity-provider';
import { IdentityProvider } from './identity-provider';
import { PoolSettings } from './pool-settings';

/**
 * Binds the port to the Cognito adapter (tests swap only this binding when they must), and keeps
 * the one cached copy of the pool's settings.
 */
@Global()
@Module({
  providers: [{ provide: IdentityProvider, useClass: CognitoIdentityProvider }, PoolSettings],
  exports: [IdentityProvider, PoolSettings],
})
export class IdentityProviderModule {}
