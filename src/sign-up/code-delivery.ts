/**
 * Where a confirmation code went, as told to an unauthenticated caller. Cognito masks the
 * destination (`d***@e***`, `+*******0100`); cognito-local does not, so the BFF masks it again
 * (masking is idempotent) and every mode answers alike.
 */
import { isE164PhoneNumber, isEmailAddress } from '../attributes/policy/attribute-formats';
import type { CodeDeliveryDetails } from '../identity-provider/identity-provider';

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***@${email[at + 1] ?? ''}***`;
}

export function maskPhoneNumber(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  if (digits.length <= 4) return '+****';
  return `+${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

export function maskDestination(details: CodeDeliveryDetails): CodeDeliveryDetails {
  const { destination } = details;
  if (destination === undefined) return { ...details };
  const masked =
    details.deliveryMedium === 'SMS' ? maskPhoneNumber(destination) : maskEmail(destination);
  return { ...details, destination: masked };
}

/**
 * What Cognito answers for an unknown username when the app client prevents user-existence
 * errors: a code "sent" to a simulated destination derived from the username. Giving the same
 * answer whatever the client setting keeps resend from telling callers who has an account.
 */
export function simulatedDelivery(username: string): CodeDeliveryDetails | undefined {
  if (isEmailAddress(username)) {
    return { attributeName: 'email', deliveryMedium: 'EMAIL', destination: maskEmail(username) };
  }
  if (isE164PhoneNumber(username)) {
    return {
      attributeName: 'phone_number',
      deliveryMedium: 'SMS',
      destination: maskPhoneNumber(username),
    };
  }
  return undefined;
}
