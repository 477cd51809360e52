/** The verified caller, as handlers see it. `accessToken` is forwarded to Cognito, never logged. */
export interface AuthenticatedUser {
  sub: string;
  username: string;
  clientId: string;
  groups: string[];
  scopes: string[];
  /** Seconds since the epoch. */
  expiresAt: number;
  /** `auth_time`: when the user last signed in (seconds since the epoch); undefined if absent. */
  authTime?: number;
  accessToken: string;
}

export const REQUIRED_SCOPE = 'aws.cognito.signin.user.admin';
