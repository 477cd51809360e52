import type { CodeDeliveryDetails } from '../../identity-provider/identity-provider';

/**
 * Where a code went, as every route tells it (sign-up, resend, PATCH results, verification-code):
 * masked the way Cognito masks (`n***@e***`, `+*******1234`). cognito-local sends destinations in
 * full, and any other identity provider might too, so the BFF masks again; masking an already
 * masked destination changes nothing, so every mode answers alike.
 */
export function maskDestination(details: CodeDeliveryDetails): CodeDeliveryDetails {
  const { destination } = details;
  if (destination === undefined) return { ...details };
  const phone =
    details.deliveryMedium === 'SMS' ||
    (details.deliveryMedium === undefined && !destination.includes('@'));
  return { ...details, destination: phone ? maskPhoneNumber(destination) : maskEmail(destination) };
}

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
