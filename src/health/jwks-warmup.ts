import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AccessTokenVerifier } from '../auth/access-token-verifier';

/**
 * Loads the JWKS in the background at start-up, so the first request does not pay for it and an
 * unreachable JWKS shows up in the log at once. Never awaited and never fatal: the service starts
 * anyway, /health/ready reports `jwks` down, and the verifier fetches again on the next token.
 */
@Injectable()
export class JwksWarmup implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jwks');
  /** Settles (never rejects) once the start-up load has been logged. */
  loaded: Promise<void> = Promise.resolve();

  constructor(private readonly verifier: AccessTokenVerifier) {}

  onApplicationBootstrap(): void {
    this.loaded = this.verifier.hydrate().then(
      () => this.logger.log('JWKS loaded'),
      (error: unknown) =>
        this.logger.warn(
          { err: { name: (error as Error).name } },
          'JWKS not loadable yet; /health/ready is failing until it is',
        ),
    );
  }
}
