/**
 * The user pool's password policy, checked before Cognito sees the password, so a sign-up form
 * gets every problem at once and the emulator (which checks nothing) behaves like Cognito.
 * Messages never contain the password.
 */
import type { ProblemItem } from '../common/errors/app-error';
import type { PoolDescription } from '../identity-provider/identity-provider';

export type PasswordPolicy = NonNullable<PoolDescription['passwordPolicy']>;

/** Cognito accepts passwords up to 256 characters whatever the policy's minimum. */
export const MAX_PASSWORD_LENGTH = 256;

// Cognito's special characters; a space counts too, but only inside the password.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]|(?<=\S) (?=.*\S)/;

const problem = (code: string, message: string): ProblemItem => ({ code, message });

/** Every way the password breaks the policy (empty when it complies). */
export function checkPassword(policy: PasswordPolicy | undefined, password: string): ProblemItem[] {
  const problems: ProblemItem[] = [];
  const min = policy?.minimumLength;
  if (min !== undefined && password.length < min) {
    problems.push(problem('password-too-short', `password must be at least ${min} characters`));
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    const message = `password must be at most ${MAX_PASSWORD_LENGTH} characters`;
    problems.push(problem('password-too-long', message));
  }
  if (/^\s|\s$/.test(password)) {
    const message = 'password must not start or end with whitespace';
    problems.push(problem('password-surrounding-whitespace', message));
  }
  if (policy?.requireUppercase && !/[A-Z]/.test(password)) {
    const message = 'password must contain an uppercase letter (A-Z)';
    problems.push(problem('password-needs-uppercase', message));
  }
  if (policy?.requireLowercase && !/[a-z]/.test(password)) {
    const message = 'password must contain a lowercase letter (a-z)';
    problems.push(problem('password-needs-lowercase', message));
  }
  if (policy?.requireNumbers && !/[0-9]/.test(password)) {
    problems.push(problem('password-needs-number', 'password must contain a digit (0-9)'));
  }
  if (policy?.requireSymbols && !SYMBOL.test(password)) {
    const message =
      'password must contain one of ^ $ * . [ ] { } ( ) ? " ! @ # % & / \\ , > < \' : ; | _ ~ ` = + - or an inner space';
    problems.push(problem('password-needs-symbol', message));
  }
  return problems;
}
