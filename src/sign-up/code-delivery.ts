import { isE164PhoneNumber, isEmailAddress } from '../attribute-policy';
import { maskEmail, maskPhoneNumber } from '../common/code-delivery/mask-destination';
import type { CodeDeliveryDetails } from '../identity-provider/identity-provider';

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
