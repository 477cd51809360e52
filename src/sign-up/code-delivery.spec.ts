import { maskDestination, maskEmail, maskPhoneNumber, simulatedDelivery } from './code-delivery';

describe('code delivery masking', () => {
  it('masks as Cognito does, and masking twice changes nothing', () => {
    expect(maskEmail('new.user@example.com')).toBe('n***@e***');
    expect(maskEmail('n***@e***')).toBe('n***@e***');
    expect(maskPhoneNumber('+14155550100')).toBe('+*******0100');
    expect(maskPhoneNumber('+*******0100')).toBe('+*******0100');
  });

  it('masks by the delivery medium', () => {
    expect(
      maskDestination({
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: 'a@b.example',
      }),
    ).toEqual({ attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@b***' });
    expect(
      maskDestination({
        attributeName: 'phone_number',
        deliveryMedium: 'SMS',
        destination: '+447700900123',
      }),
    ).toEqual({
      attributeName: 'phone_number',
      deliveryMedium: 'SMS',
      destination: '+********0123',
    });
    expect(maskDestination({ attributeName: 'email' })).toEqual({ attributeName: 'email' });
  });

  it('simulates a delivery for unknown users from the username alone', () => {
    expect(simulatedDelivery('nobody@example.com')).toEqual({
      attributeName: 'email',
      deliveryMedium: 'EMAIL',
      destination: 'n***@e***',
    });
    expect(simulatedDelivery('+14155550100')).toEqual({
      attributeName: 'phone_number',
      deliveryMedium: 'SMS',
      destination: '+*******0100',
    });
    expect(simulatedDelivery('plain-name')).toBeUndefined();
  });
});
