import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

/** Tokens a few seconds past `exp` are still accepted: clocks drift between Cognito and us. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Cognito access tokens live 5 minutes to 1 day; nothing it issues lives longer. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

export type TokenLifetimeReason =
  'exp-missing' | 'iat-missing' | 'iat-in-future' | 'too-long-lived';

/** A token whose time claims Cognito would never issue. `reason` names the check that refused it. */
export class TokenLifetimeError extends Error {
  override readonly name = 'TokenLifetimeError';

  constructor(
    readonly reason: TokenLifetimeReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The time checks aws-jwt-verify leaves out: it checks `exp` only when present and never looks at
 * `iat`. Every Cognito token carries both, so a token without them, issued in the future or living
 * longer than a day did not come from Cognito as issued. Runs after the signature check
 * (customJwtCheck) in every mode.
 */
export function checkTokenLifetime(
  payload: JwtPayload,
  nowSeconds: number = Date.now() / 1000,
): void {
  const { exp, iat } = payload;
  if (typeof exp !== 'number') throw new TokenLifetimeError('exp-missing', 'The token has no exp.');
  if (typeof iat !== 'number') throw new TokenLifetimeError('iat-missing', 'The token has no iat.');
  if (iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
    throw new TokenLifetimeError('iat-in-future', 'The token was issued in the future.');
  }
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new TokenLifetimeError('too-long-lived', 'The token lives longer than Cognito issues.');
  }
}
