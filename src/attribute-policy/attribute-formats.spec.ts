import {
  checkFormat,
  isBirthdate,
  isBooleanString,
  isCalendarDate,
  isDateTime,
  isE164PhoneNumber,
  isEmailAddress,
  isGender,
  isHttpUrl,
  isIntegerString,
  isLocale,
  isTimeZone,
} from './attribute-formats';

describe('attribute formats', () => {
  describe('isEmailAddress', () => {
    it.each([
      'user@example.com',
      'first.last+tag@sub.example.co.uk',
      "o'brien@example.ie",
      'x@xn--p1ai.xn--p1ai',
      '1@a-b.io',
      `${'a'.repeat(64)}@example.com`,
    ])('accepts %s', (value) => expect(isEmailAddress(value)).toBe(true));

    it.each([
      ['no at sign', 'user.example.com'],
      ['two at signs', 'a@b@example.com'],
      ['empty local part', '@example.com'],
      ['space', 'user name@example.com'],
      ['trailing space', 'user@example.com '],
      ['leading dot', '.user@example.com'],
      ['double dot', 'us..er@example.com'],
      ['trailing dot in local part', 'user.@example.com'],
      ['single-label domain', 'user@localhost'],
      ['numeric top-level domain', 'user@example.123'],
      ['hyphen at label edge', 'user@-example.com'],
      ['empty label', 'user@example..com'],
      ['IP literal', 'user@[127.0.0.1]'],
      ['quoted local part', '"user"@example.com'],
      ['non-ASCII', 'jörg@example.de'],
      ['local part over 64', `${'a'.repeat(65)}@example.com`],
      [
        'over 254 characters',
        `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(70)}.com`,
      ],
      ['newline', 'user@example.com\n'],
    ])('rejects %s', (_, value) => expect(isEmailAddress(value)).toBe(false));
  });

  describe('isE164PhoneNumber', () => {
    it.each(['+14155550100', '+442071838750', '+12', '+123456789012345'])('accepts %s', (v) =>
      expect(isE164PhoneNumber(v)).toBe(true),
    );
    it.each([
      '14155550100',
      '+04155550100',
      '+1 415 555 0100',
      '+1-415-555-0100',
      '+1234567890123456',
      '+1',
      '+',
      '+1415555010a',
      '+١٢٣٤',
    ])('rejects %s', (v) => expect(isE164PhoneNumber(v)).toBe(false));
  });

  describe('dates', () => {
    it('knows leap years and month lengths', () => {
      expect(isCalendarDate(2024, 2, 29)).toBe(true);
      expect(isCalendarDate(2000, 2, 29)).toBe(true);
      expect(isCalendarDate(1900, 2, 29)).toBe(false);
      expect(isCalendarDate(2023, 2, 29)).toBe(false);
      expect(isCalendarDate(2023, 4, 31)).toBe(false);
      expect(isCalendarDate(2023, 13, 1)).toBe(false);
      expect(isCalendarDate(2023, 1, 0)).toBe(false);
    });

    it.each(['1990-05-17', '2024-02-29', '0000-02-29', '0000-12-31'])('birthdate %s', (v) =>
      expect(isBirthdate(v)).toBe(true),
    );
    it.each([
      '1990-02-30',
      '2023-02-29',
      '1990-13-01',
      '1990-00-10',
      '1990-5-17',
      '90-05-17',
      '1990/05/17',
      '1990-05-17T00:00:00Z',
      '1990',
      '',
    ])('rejects birthdate %s', (v) => expect(isBirthdate(v)).toBe(false));
  });

  describe('isTimeZone', () => {
    it.each([
      'Europe/Paris',
      'America/Los_Angeles',
      'America/Argentina/Buenos_Aires',
      'America/Port-au-Prince',
      'UTC',
      'Etc/UTC',
      'Etc/GMT+5',
      // Current IANA names that ICU lists under an older canonical name.
      'Asia/Kolkata',
      'Europe/Kyiv',
    ])('accepts %s', (v) => expect(isTimeZone(v)).toBe(true));
    it.each([
      'Europe/Atlantis',
      'europe/paris',
      'EUROPE/PARIS',
      'EST',
      'GMT',
      'utc',
      '+01:00',
      'Paris',
      'Europe/Paris ',
      '',
    ])('rejects %s', (v) => expect(isTimeZone(v)).toBe(false));
  });

  describe('isLocale', () => {
    it.each(['en', 'en-US', 'zh-Hant-TW', 'de-DE-u-co-phonebk', 'EN-us'])('accepts %s', (v) =>
      expect(isLocale(v)).toBe(true),
    );
    it.each(['en_US', '123', 'en-US-', 'en--US', ' en', 'x', '', 'en,fr'])('rejects %s', (v) =>
      expect(isLocale(v)).toBe(false),
    );
    it('explains that BCP 47 uses hyphens', () => {
      expect(checkFormat('locale', 'en_US')?.message).toMatch(/hyphen/);
    });
  });

  describe('isHttpUrl', () => {
    it.each([
      'https://example.com',
      'http://example.com/path?q=1#frag',
      'https://sub.example.co.uk:8443/a/b',
      'HTTPS://EXAMPLE.COM',
    ])('accepts %s', (v) => expect(isHttpUrl(v)).toBe(true));
    it.each([
      'example.com',
      '//example.com',
      'ftp://example.com',
      'javascript:alert(1)',
      'data:text/html,hi',
      'https:example.com',
      'https://',
      'https://user:pass@example.com',
      'https://bank.example@evil.example',
      'https://exa mple.com',
      ' https://example.com',
    ])('rejects %s', (v) => expect(isHttpUrl(v)).toBe(false));
  });

  describe('isGender', () => {
    it.each(['female', 'male', 'non-binary', 'prefer not to say'])('accepts %s', (v) =>
      expect(isGender(v)).toBe(true),
    );
    it.each(['', ' ', ' female', 'male '])('rejects %j', (v) => expect(isGender(v)).toBe(false));
  });

  describe('types', () => {
    it.each(['0', '42', '-7', '1700000000', '123456789012345678901234567890'])('integer %s', (v) =>
      expect(isIntegerString(v)).toBe(true),
    );
    it.each(['', '-0', '01', '+1', '1.5', '1e3', ' 1', '0x10', 'NaN', 'Infinity'])(
      'not an integer %j',
      (v) => expect(isIntegerString(v)).toBe(false),
    );

    it('booleans are exactly "true" and "false"', () => {
      expect(isBooleanString('true')).toBe(true);
      expect(isBooleanString('false')).toBe(true);
      for (const v of ['TRUE', 'True', '1', '0', 'yes', '']) expect(isBooleanString(v)).toBe(false);
    });

    it.each([
      '2024-05-01T12:00:00Z',
      '2024-05-01T12:00:00.123Z',
      '2024-02-29T23:59:59+05:30',
      '1999-12-31T00:00:00-08:00',
    ])('datetime %s', (v) => expect(isDateTime(v)).toBe(true));
    it.each([
      '2024-05-01',
      '2024-05-01T12:00:00',
      '2024-05-01 12:00:00Z',
      '2024-02-30T12:00:00Z',
      '2024-05-01T24:00:00Z',
      '2024-05-01T12:60:00Z',
      '0000-05-01T12:00:00Z',
      '1714564800',
      '2024-05-01t12:00:00z',
    ])('not a datetime %s', (v) => expect(isDateTime(v)).toBe(false));
  });

  it('checkFormat returns a stable code and a message without the value', () => {
    expect(checkFormat('email', 'secret@@example.com')).toEqual({
      code: 'invalid-email',
      message: 'must be a valid email address',
    });
    expect(checkFormat('phone', '555')?.code).toBe('invalid-phone-number');
    expect(checkFormat('date', '1990-02-30')?.code).toBe('invalid-date');
    expect(checkFormat('zoneinfo', 'Mars/Olympus')?.code).toBe('invalid-zoneinfo');
    expect(checkFormat('locale', 'en_US')?.code).toBe('invalid-locale');
    expect(checkFormat('url', 'ftp://x.org')?.code).toBe('invalid-url');
    expect(checkFormat('gender', ' ')?.code).toBe('invalid-gender');
    expect(checkFormat('email', 'ok@example.com')).toBeUndefined();
  });
});
