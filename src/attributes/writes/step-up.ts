import { AppError } from '../../common/errors/app-error';
import type { AttributePolicy } from '../../attribute-policy';

/** What the step-up rule needs to know about the caller's sign-in and the service's setting. */
export interface StepUpInput {
  /** The token's `auth_time` (seconds since the epoch); undefined when the token has none. */
  authTime: number | undefined;
  /** Now, in seconds since the epoch. */
  now: number;
  /** STEP_UP_MAX_AGE_SECONDS; 0 turns the rule off. */
  maxAgeSeconds: number;
}

/** The names among `changing` whose rule says `stepUp`. */
export function stepUpAttributes(policy: AttributePolicy, changing: readonly string[]): string[] {
  return changing.filter((name) => policy.attributes.get(name)?.stepUp === true);
}

/**
 * Whether the sign-in behind the token is recent enough. `auth_time` stays at the original
 * sign-in across refreshes (OpenID Connect Core §2; Cognito follows it), so only signing in again
 * makes it recent. A token without `auth_time` is never recent: its sign-in can't be dated.
 * A slightly future `auth_time` (clock skew) counts as recent.
 */
export function isRecentSignIn({ authTime, now, maxAgeSeconds }: StepUpInput): boolean {
  if (maxAgeSeconds === 0) return true;
  if (authTime === undefined || !Number.isFinite(authTime)) return false;
  return now - authTime <= maxAgeSeconds;
}

/**
 * The refusal of a change of `stepUp` attributes with a sign-in older than the setting allows:
 * 401 with RFC 9470's challenge, so a client knows to send the user through sign-in again and
 * retry. Names only, never values.
 */
export function stepUpRequired(names: readonly string[], maxAgeSeconds: number): AppError {
  const description = `Changing ${names.join(', ')} needs a sign-in within the last ${maxAgeSeconds} seconds`;
  return new AppError('step-up-required', {
    detail: `${description}; sign in again, then retry. Refreshing the token is not enough.`,
    errors: names.map((attribute) => ({
      attribute,
      code: 'step-up-required',
      message: 'needs a recent sign-in',
    })),
    headers: {
      'WWW-Authenticate': `Bearer realm="profile-bff", error="insufficient_user_authentication", error_description="${description}", max_age=${maxAgeSeconds}`,
    },
  });
}
