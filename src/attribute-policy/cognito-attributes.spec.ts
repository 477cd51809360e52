import {
  CUSTOM_ATTRIBUTE_NAME,
  STANDARD_ATTRIBUTES,
  isAdminProtectedAttribute,
  isDeclarableAttributeName,
  isUserProtectedAttribute,
} from './cognito-attributes';

describe('cognito attributes', () => {
  it('knows the 17 OIDC standard attributes and the 4 Cognito manages', () => {
    expect(STANDARD_ATTRIBUTES.size).toBe(21);
  });

  it('protects sub, the verified flags, identities and cognito:* from users', () => {
    for (const name of ['sub', 'email_verified', 'phone_number_verified', 'identities']) {
      expect(isUserProtectedAttribute(name)).toBe(true);
    }
    expect(isUserProtectedAttribute('cognito:user_status')).toBe(true);
    expect(isUserProtectedAttribute('email')).toBe(false);
    expect(isUserProtectedAttribute('custom:role')).toBe(false);
  });

  it('lets admins write only the verified flags among the protected ones', () => {
    expect(isAdminProtectedAttribute('email_verified')).toBe(false);
    expect(isAdminProtectedAttribute('phone_number_verified')).toBe(false);
    expect(isAdminProtectedAttribute('sub')).toBe(true);
    expect(isAdminProtectedAttribute('identities')).toBe(true);
    expect(isAdminProtectedAttribute('cognito:x')).toBe(true);
    expect(isAdminProtectedAttribute('email')).toBe(false);
  });

  it('accepts custom names of 1 to 20 word characters', () => {
    expect(CUSTOM_ATTRIBUTE_NAME.test('custom:a')).toBe(true);
    expect(CUSTOM_ATTRIBUTE_NAME.test(`custom:${'a'.repeat(20)}`)).toBe(true);
    expect(CUSTOM_ATTRIBUTE_NAME.test(`custom:${'a'.repeat(21)}`)).toBe(false);
    expect(CUSTOM_ATTRIBUTE_NAME.test('custom:a-b')).toBe(false);
    expect(CUSTOM_ATTRIBUTE_NAME.test('Custom:a')).toBe(false);
  });

  it('declares standard, custom and cognito names only', () => {
    expect(isDeclarableAttributeName('email')).toBe(true);
    expect(isDeclarableAttributeName('custom:display_name')).toBe(true);
    expect(isDeclarableAttributeName('cognito:user_status')).toBe(true);
    for (const name of ['Email', 'emial', 'dev:custom:x', '__proto__', 'custom:', '']) {
      expect(isDeclarableAttributeName(name)).toBe(false);
    }
  });
});
