import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import { Jwks, SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { CognitoSettings } from '../config/app-config';
import { EmulatorJwksFetcher } from './loopback-jwks-fetcher';
import { CLOCK_TOLERANCE_SECONDS, checkTokenLifetime } from './token-lifetime';

export { CLOCK_TOLERANCE_SECONDS };

/**
 * Verifies signature, issuer, expiry, token_use=access, the client allowlist and the token's
 * lifetime (`exp` and `iat` present, `iat` not in the future, at most 24 h). A refusal rejects with
 * the class of the check that failed (aws-jwt-verify's errors, or TokenLifetimeError).
 */
export abstract class AccessTokenVerifier {
  abstract verify(token: string): Promise<JwtPayload>;
  /** Loads the JWKS into the cache (start-up and readiness). */
  abstract hydrate(): Promise<void>;
  /** Puts a JWKS the caller already holds into the cache, so nothing is fetched. */
  abstract cacheJwks(jwks: Jwks): void;
}

interface VerifierLike {
  verify(token: string): Promise<JwtPayload>;
  hydrate(): Promise<void>;
  cacheJwks(jwks: Jwks): void;
}

class WrappedVerifier extends AccessTokenVerifier {
  constructor(private readonly inner: VerifierLike) {
    super();
  }
  verify(token: string): Promise<JwtPayload> {
    return this.inner.verify(token);
  }
  hydrate(): Promise<void> {
    return this.inner.hydrate();
  }
  cacheJwks(jwks: Jwks): void {
    this.inner.cacheJwks(jwks);
  }
}

/** The one verifier factory. aws mode uses CognitoJwtVerifier unchanged. */
export function createAccessTokenVerifier(settings: CognitoSettings): AccessTokenVerifier {
  if (settings.mode === 'aws') {
    return new WrappedVerifier(
      CognitoJwtVerifier.create({
        userPoolId: settings.userPoolId,
        tokenUse: 'access',
        clientId: settings.clientIds,
        graceSeconds: CLOCK_TOLERANCE_SECONDS,
        customJwtCheck: ({ payload }) => checkTokenLifetime(payload),
      }) as unknown as VerifierLike,
    );
  }
  // CognitoJwtVerifier only accepts AWS issuers, so the emulator modes check the same Cognito
  // fields by hand on top of a generic RS256 verifier.
  const verifier = JwtVerifier.create(
    {
      issuer: settings.issuer,
      jwksUri: settings.jwksUri,
      audience: null,
      graceSeconds: CLOCK_TOLERANCE_SECONDS,
      customJwtCheck: ({ payload }) => {
        validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: settings.clientIds });
        checkTokenLifetime(payload);
      },
    },
    {
      jwksCache: new SimpleJwksCache({
        fetcher: new EmulatorJwksFetcher(settings.jwksUri, settings.timeoutMs),
      }),
    },
  );
  return new WrappedVerifier(verifier as unknown as VerifierLike);
}
