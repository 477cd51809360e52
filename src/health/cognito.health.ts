import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { IdentityProvider } from '../identity-provider/identity-provider';

/** Readiness: can we verify tokens (JWKS loadable) and reach Cognito? */
@Injectable()
export class CognitoHealthIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly verifier: AccessTokenVerifier,
    private readonly idp: IdentityProvider,
  ) {}

  jwks(): Promise<HealthIndicatorResult<'jwks'>> {
    return this.probe('jwks', () => this.verifier.hydrate());
  }

  cognito(): Promise<HealthIndicatorResult<'cognito'>> {
    return this.probe('cognito', () => this.idp.ping());
  }

  private async probe<K extends string>(
    key: K,
    check: () => Promise<void>,
  ): Promise<HealthIndicatorResult<K>> {
    const indicator = this.health.check(key);
    try {
      await check();
      return indicator.up();
    } catch (error) {
      // Only the error's kind: messages may carry upstream details.
      return indicator.down({
        reason: (error as { code?: string; name?: string }).code ?? (error as Error).name,
      });
    }
  }
}
