import { checkUsername, normalizeUsername, usernameAttributeOf } from './username-rules';

describe('checkUsername', () => {
  it('wants an email address when the pool signs in by email', () => {
    expect(checkUsername(['email'], 'new.user@example.com')).toEqual([]);
    expect(checkUsername(['email'], 'new-user')).toEqual([
      { code: 'invalid-username', message: 'username must be an email address' },
    ]);
    expect(checkUsername(['email'], '+14155550100')[0].code).toBe('invalid-username');
  });

  it('wants an E.164 number when the pool signs in by phone, either when by both', () => {
    expect(checkUsername(['phone_number'], '+14155550100')).toEqual([]);
    expect(checkUsername(['phone_number'], '4155550100')[0].message).toContain('E.164');
    expect(checkUsername(['email', 'phone_number'], '+14155550100')).toEqual([]);
    expect(checkUsername(['email', 'phone_number'], 'a@example.com')).toEqual([]);
    expect(checkUsername(['email', 'phone_number'], 'neither')[0].message).toBe(
      'username must be an email address or an E.164 phone number',
    );
  });

  it("takes Cognito's free-form names otherwise, without spaces or controls", () => {
    expect(checkUsername([], 'jane_doe-1')).toEqual([]);
    expect(checkUsername([], 'jane doe')[0].code).toBe('invalid-username');
    expect(checkUsername([], 'jane\u0000')[0].code).toBe('invalid-username');
  });

  it('refuses more than 128 characters', () => {
    expect(checkUsername([], 'a'.repeat(129))[0].code).toBe('username-too-long');
    expect(checkUsername(['email'], `${'a'.repeat(120)}@example.com`)[0].code).toBe(
      'username-too-long',
    );
  });
});

describe('usernameAttributeOf', () => {
  it('names the attribute the username stands for', () => {
    expect(usernameAttributeOf(['email'], 'a@example.com')).toBe('email');
    expect(usernameAttributeOf(['email', 'phone_number'], '+14155550100')).toBe('phone_number');
    expect(usernameAttributeOf([], 'a@example.com')).toBeUndefined();
  });
});

describe('normalizeUsername', () => {
  it('lower-cases an email username in a pool that signs in by email', () => {
    expect(normalizeUsername(['email'], 'DEMO@Example.com')).toBe('demo@example.com');
  });

  it('leaves other usernames as given', () => {
    expect(normalizeUsername([], 'DEMO@Example.com')).toBe('DEMO@Example.com');
    expect(normalizeUsername(['email'], 'Not An Email')).toBe('Not An Email');
    expect(normalizeUsername(['phone_number'], '+14155550100')).toBe('+14155550100');
  });
});
