import { maskDestination, maskEmail, maskPhoneNumber } from './mask-destination';

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

  it('without a medium, decides by the destination itself', () => {
    expect(maskDestination({ destination: 'someone@example.com' }).destination).toBe('s***@e***');
    expect(maskDestination({ destination: '+14155550100' }).destination).toBe('+*******0100');
  });
});
