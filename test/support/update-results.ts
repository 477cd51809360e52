/** What an update returns for an attribute that Cognito changed at once (PATCH /me, the client). */
export const DONE = { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } };

/** What an update returns for an attribute Cognito keeps back until the code sent is confirmed. */
export function codeSent(attributeName: string, deliveryMedium: string, destination: string) {
  return {
    isUpdated: false,
    nextStep: {
      updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
      codeDeliveryDetails: { attributeName, deliveryMedium, destination },
    },
  };
}
