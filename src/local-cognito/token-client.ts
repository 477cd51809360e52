/** Signs a user in against the local emulator (USER_PASSWORD_AUTH), for scripts and tests. */
import { CognitoRpcError, callCognito } from './cognito-rpc';
import { LocalCognitoInfo } from './local-cognito-info';

export interface LocalTokens {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  /** Seconds. */
  expiresIn: number;
}

interface InitiateAuthResponse {
  ChallengeName?: string;
  AuthenticationResult?: {
    AccessToken?: string;
    IdToken?: string;
    RefreshToken?: string;
    ExpiresIn?: number;
  };
}

/** Decodes a JWT's payload without verifying it (base64url JSON). */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** cognito-local leaves ExpiresIn out of InitiateAuth results, so read it off the token. */
function lifetimeOf(accessToken: string): number {
  const { exp, iat } = decodeJwtPayload(accessToken);
  return typeof exp === 'number' && typeof iat === 'number' ? exp - iat : 3600;
}

export async function fetchAccessToken(
  info: LocalCognitoInfo,
  username: string,
  password: string,
): Promise<LocalTokens> {
  const res = await callCognito<InitiateAuthResponse>(info.endpoint, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: info.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  const result = res.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken) {
    const challenge = res.ChallengeName ?? 'no tokens';
    throw new CognitoRpcError('ChallengeRequired', 200, `sign-in needs ${challenge}`);
  }
  return {
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn ?? lifetimeOf(result.AccessToken),
  };
}
