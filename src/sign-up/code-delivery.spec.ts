import { simulatedDelivery } from './code-delivery';

describe('simulated code delivery', () => {
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
