import { Global, Module } from '@nestjs/common';
import { CognitoIdentityProvider } from './cognito-identity-provider';
import { IdentityProvider } from './identity-provider';

/** Binds the port to the Cognito adapter; tests swap only this binding when they must. */
@Global()
@Module({
  providers: [{ provide: IdentityProvider, useClass: CognitoIdentityProvider }],
  exports: [IdentityProvider],
})
export class IdentityProviderModule {}
