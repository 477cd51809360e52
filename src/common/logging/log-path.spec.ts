import { loggablePath } from './log-path';

describe('loggablePath', () => {
  it.each([
    ['/me/attributes', '/me/attributes'],
    ['/me/attributes/email/verify', '/me/attributes/email/verify'],
    ['/sign-up/confirm', '/sign-up/confirm'],
    ['/health/ready', '/health/ready'],
    ['/', '/'],
  ])('keeps %s as it is', (url, logged) => {
    expect(loggablePath(url)).toBe(logged);
  });

  it.each([
    ['/users/demo@example.com/attributes', '/users/[redacted]/attributes'],
    ['/users/demo%40example.com/attributes', '/users/[redacted]/attributes'],
    ['/USERS/Demo@Example.com/attributes', '/USERS/[redacted]/attributes'],
    ['/users/7d9a3c1e-0b7f-4a50-9d1e-2c3b4a5d6e7f/attributes', '/users/[redacted]/attributes'],
    ['/users/%2B14155550100/attributes', '/users/[redacted]/attributes'],
    ['/users/plainname', '/users/[redacted]'],
  ])('redacts the user in %s', (url, logged) => {
    expect(loggablePath(url)).toBe(logged);
  });

  it('redacts what looks like an email or phone number in any route, even an unknown one', () => {
    expect(loggablePath('/nowhere/someone@example.com/x')).toBe('/nowhere/[redacted]/x');
    expect(loggablePath('/lookup/+14155550100')).toBe('/lookup/[redacted]');
  });

  it('drops the query string', () => {
    expect(loggablePath('/users/a@b.co/attributes?keys=email')).toBe(
      '/users/[redacted]/attributes',
    );
  });

  it('keeps an empty segment after /users/ empty', () => {
    expect(loggablePath('/users/')).toBe('/users/');
  });
});
