/** Sign-in with aws-amplify v6, straight at the user pool (the emulator in local mode). */
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import type { ExampleConfig } from './example-config';

export function configureAmplify(config: ExampleConfig): void {
  Amplify.configure({ Auth: { Cognito: config.cognito } });
}

/** cognito-local knows only USER_PASSWORD_AUTH (no SRP); real pools need it enabled on the client. */
export async function signInWithPassword(username: string, password: string): Promise<void> {
  const { nextStep } = await signIn({
    username,
    password,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  });
  if (nextStep.signInStep !== 'DONE') {
    throw new Error(`This example does not handle the sign-in step ${nextStep.signInStep}`);
  }
}

export async function isSignedIn(): Promise<boolean> {
  try {
    await getCurrentUser();
    return true;
  } catch {
    return false;
  }
}

/**
 * What the profile client sends as Bearer: Amplify refreshes it when it has expired. Signed out,
 * there is none, and the client throws UserUnAuthenticatedException without a request.
 */
export async function accessToken(): Promise<string | undefined> {
  const { tokens } = await fetchAuthSession();
  return tokens?.accessToken?.toString();
}

export { signOut };
