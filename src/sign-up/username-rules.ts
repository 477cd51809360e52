/**
 * What a username may be in this pool. A pool with UsernameAttributes (the local one: `email`)
 * signs users in by that attribute, so the username must be a valid email address (or phone
 * number) and Cognito stores it as that attribute; other pools take Cognito's free-form names.
 */
import { isE164PhoneNumber, isEmailAddress, normalizeEmail } from '../attribute-policy';
import type { ProblemItem } from '../common/errors/app-error';

/** Cognito's limit and character rule for usernames (SignUp's Username parameter). */
export const MAX_USERNAME_LENGTH = 128;
const COGNITO_USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export type UsernameAttribute = 'email' | 'phone_number';

/** Which attribute the username stands for, if the pool signs in by one and it fits. */
export function usernameAttributeOf(
  usernameAttributes: readonly string[],
  username: string,
): UsernameAttribute | undefined {
  if (usernameAttributes.includes('email') && isEmailAddress(username)) return 'email';
  if (usernameAttributes.includes('phone_number') && isE164PhoneNumber(username)) {
    return 'phone_number';
  }
  return undefined;
}

/**
 * The username as it is stored: in a pool that signs in by email, an email username becomes the
 * `email` attribute, so it is spelled the one way emails are (lower case). Other usernames are
 * left as given.
 */
export function normalizeUsername(usernameAttributes: readonly string[], username: string): string {
  const email = normalizeEmail(username);
  return usernameAttributes.includes('email') && isEmailAddress(email) ? email : username;
}

/** Problems with the username itself (empty when it is acceptable for the pool). */
export function checkUsername(
  usernameAttributes: readonly string[],
  username: string,
): ProblemItem[] {
  if (username.length > MAX_USERNAME_LENGTH) {
    const message = `username must be at most ${MAX_USERNAME_LENGTH} characters`;
    return [{ code: 'username-too-long', message }];
  }
  const byEmail = usernameAttributes.includes('email');
  const byPhone = usernameAttributes.includes('phone_number');
  if (byEmail || byPhone) {
    if (usernameAttributeOf(usernameAttributes, username)) return [];
    const expected =
      byEmail && byPhone
        ? 'an email address or an E.164 phone number'
        : byEmail
          ? 'an email address'
          : 'an E.164 phone number such as +14155550100';
    return [{ code: 'invalid-username', message: `username must be ${expected}` }];
  }
  if (!COGNITO_USERNAME.test(username)) {
    const message = 'username must not contain spaces or control characters';
    return [{ code: 'invalid-username', message }];
  }
  return [];
}
