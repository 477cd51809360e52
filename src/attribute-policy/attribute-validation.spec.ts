import { resolve } from 'node:path';
import type { AttributePolicy, AttributeRule } from './attribute-policy.types';
import {
  normalizeAttributeValues,
  validateAttributeName,
  validateAttributeNames,
  validateAttributeValue,
  validateAttributeValues,
} from './attribute-validation';
import { loadAttributePolicy } from './load-attribute-policy';
import { parseAttributePolicy } from './load-attribute-policy';

const policy = loadAttributePolicy(resolve(__dirname, '../../config/attribute-policy.json'));

function codes(values: Record<string, unknown>, p: AttributePolicy = policy): string[] {
  return validateAttributeValues(p, values).map((v) => `${v.attribute}:${v.code}`);
}

/** A one-attribute policy, parsed for real so the rule is what production would see. */
function policyWith(name: string, rule: Record<string, unknown>): AttributePolicy {
  const flags = { read: true, write: true, delete: true, signUp: true, adminRead: true };
  const base = { ...flags, adminWrite: true, required: false, verification: 'none' };
  return parseAttributePolicy(
    {
      version: 1,
      adminGroup: 'admin',
      attributes: { [name]: { ...base, sensitive: false, ...rule } },
    },
    'test',
  );
}

function ruleOf(p: AttributePolicy, name: string): AttributeRule {
  const rule = p.attributes.get(name);
  if (!rule) throw new Error(`no rule for ${name}`);
  return rule;
}

describe('validateAttributeName(s)', () => {
  it.each(['email', 'custom:display_name', 'cognito:user_status', 'x'])('accepts %s', (name) =>
    expect(validateAttributeName(name)).toBeUndefined(),
  );

  it.each([
    ['__proto__'],
    ['constructor'],
    ['prototype'],
    ['hasOwnProperty'],
    ['toString'],
    ['__defineGetter__'],
    [''],
    ['a'.repeat(33)],
    ['has space'],
    ['tab\there'],
    ['nul\u0000'],
  ])('rejects %j', (name) => {
    expect(validateAttributeName(name)).toEqual({
      attribute: name,
      code: 'invalid-attribute-name',
      message: expect.any(String),
    });
  });

  it('accepts a 32-character name, Cognito’s limit', () => {
    expect(validateAttributeName(`custom:${'a'.repeat(25)}`)).toBeUndefined();
  });

  it('lists every bad name at once', () => {
    const problems = validateAttributeNames(['email', '__proto__', '', 'constructor', 'name']);
    expect(problems.map((p) => p.attribute)).toEqual(['__proto__', '', 'constructor']);
  });

  it('copes with non-strings from untyped input', () => {
    expect(validateAttributeNames([42, null])).toHaveLength(2);
  });
});

describe('validateAttributeValues with the default policy', () => {
  it('accepts a valid profile', () => {
    expect(
      codes({
        email: 'jane@example.com',
        phone_number: '+14155550100',
        birthdate: '0000-02-29',
        zoneinfo: 'Europe/Paris',
        locale: 'fr-FR',
        website: 'https://jane.example.com',
        picture: 'https://cdn.example.com/jane.png',
        profile: 'http://example.com/~jane',
        gender: 'female',
        given_name: 'Jane',
        family_name: 'Doe',
        name: 'Jane Doe',
        nickname: 'JD 🚀',
        preferred_username: 'jane_doe',
        address: '{"formatted":"1 Main St\\nSpringfield"}',
        'custom:display_name': 'Jane',
        updated_at: '1700000000',
        email_verified: 'true',
        'custom:role': 'editor',
      }),
    ).toEqual([]);
  });

  it('reports every problem in one pass, in input order', () => {
    expect(
      codes({
        email: 'not-an-email',
        phone_number: '0044 7183 8750',
        birthdate: '1990-02-30',
        zoneinfo: 'Mars/Olympus_Mons',
        locale: 'en_US',
        website: 'javascript:alert(1)',
        given_name: 'x'.repeat(257),
        'custom:display_name': 42,
        nickname: '',
        updated_at: '-5',
        email_verified: 'yes',
        'custom:role': 'root',
        preferred_username: 'two words',
      }),
    ).toEqual([
      'email:invalid-email',
      'phone_number:invalid-phone-number',
      'birthdate:invalid-date',
      'zoneinfo:invalid-zoneinfo',
      'locale:invalid-locale',
      'website:invalid-url',
      'given_name:value-too-long',
      'custom:display_name:value-not-string',
      'nickname:value-empty',
      'updated_at:number-too-small',
      'email_verified:invalid-boolean',
      'custom:role:value-not-allowed',
      'preferred_username:pattern-mismatch',
    ]);
  });

  it('lists several problems with one value', () => {
    expect(codes({ email: `a\u0000${'b'.repeat(260)}@example.com` })).toEqual([
      'email:value-too-long',
      'email:control-character',
      'email:invalid-email',
    ]);
  });

  it('reports unknown and malformed names alongside bad values', () => {
    const body = JSON.parse('{"__proto__": "x", "emial": "a@b.co", "email": "bad"}') as Record<
      string,
      unknown
    >;
    expect(codes(body)).toEqual([
      '__proto__:invalid-attribute-name',
      'emial:unknown-attribute',
      'email:invalid-email',
    ]);
  });

  it('never lets a __proto__ key touch Object.prototype', () => {
    const body = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {}}') as Record<
      string,
      unknown
    >;
    validateAttributeValues(policy, body);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it.each([
    ['null', null],
    ['number', 5],
    ['boolean', true],
    ['array', ['a']],
    ['object', { a: 1 }],
    ['undefined', undefined],
  ])('rejects a %s value as value-not-string', (_, value) => {
    expect(codes({ given_name: value })).toEqual(['given_name:value-not-string']);
  });

  it.each(['', ' ', '\t \n'])('rejects the blank value %j', (value) => {
    expect(codes({ given_name: value })).toEqual(['given_name:value-empty']);
  });

  it('never echoes a value in a message', () => {
    const secret = 'very-secret-value';
    const problems = validateAttributeValues(policy, {
      email: secret,
      phone_number: secret,
      website: secret,
      'custom:role': secret,
    });
    for (const problem of problems) expect(problem.message).not.toContain(secret);
  });

  it('skips syntax checks past 2048 characters, so patterns never run on huge input', () => {
    expect(codes({ email: 'x'.repeat(100_000) })).toEqual(['email:value-too-long']);
    expect(codes({ preferred_username: ' '.repeat(3000) + 'x' })).toEqual([
      'preferred_username:value-too-long',
    ]);
  });

  it('caps every value at 2048 UTF-16 code units', () => {
    expect(codes({ address: 'a'.repeat(2048) })).toEqual([]);
    expect(codes({ address: 'a'.repeat(2049) })).toEqual(['address:value-too-long']);
    expect(codes({ address: '😀'.repeat(1025) })).toEqual(['address:value-too-long']);
  });

  it.each([
    ['NUL', '\u0000'],
    ['tab', '\t'],
    ['line feed', '\n'],
    ['carriage return', '\r'],
    ['escape', '\u001b[31m'],
    ['DEL', '\u007f'],
    ['C1 NEL', '\u0085'],
    ['C1 CSI', '\u009b'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
  ])('rejects %s in a single-line value', (_, character) => {
    expect(codes({ given_name: `Ja${character}ne` })).toEqual(['given_name:control-character']);
  });

  it('accepts ordinary Unicode, including astral characters and non-breaking spaces', () => {
    expect(codes({ name: 'Zoë Łukasz-Ōno 李 😀\u00a0Jr.' })).toEqual([]);
  });

  it('rejects an unpaired surrogate', () => {
    expect(codes({ name: 'a\ud800b' })).toEqual(['name:invalid-unicode']);
    expect(codes({ name: 'a\udc00' })).toEqual(['name:invalid-unicode']);
  });

  it('enforces the email length limit of 254', () => {
    const local = 'a'.repeat(64);
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(`${local}@${domain}`).toHaveLength(254);
    expect(codes({ email: `${local}@${domain}` })).toEqual([]);
    expect(codes({ email: `${local}@${domain}x` })).toEqual([
      'email:value-too-long',
      'email:invalid-email',
    ]);
  });

  it('takes updated_at as seconds since the epoch, as Cognito stores it', () => {
    expect(codes({ updated_at: '0' })).toEqual([]);
    expect(codes({ updated_at: '2024-05-01T00:00:00Z' })).toEqual(['updated_at:invalid-number']);
    expect(codes({ updated_at: '1.5' })).toEqual(['updated_at:invalid-number']);
  });
});

describe('validateAttributeValue with custom rules', () => {
  it('allows line feeds, and nothing else, where the rule says multiline', () => {
    const rule = ruleOf(
      policyWith('custom:notes', { type: 'string', multiline: true }),
      'custom:notes',
    );
    expect(validateAttributeValue(rule, 'line one\nline two')).toEqual([]);
    expect(validateAttributeValue(rule, 'line one\r\nline two').map((v) => v.code)).toEqual([
      'control-character',
    ]);
    expect(validateAttributeValue(rule, 'a\tb').map((v) => v.code)).toEqual(['control-character']);
  });

  it('applies minLength, maxLength, pattern and enum together', () => {
    const p = policyWith('custom:code', {
      type: 'string',
      minLength: 3,
      maxLength: 5,
      pattern: '[A-Z]+',
      enum: ['ABC', 'ABCD', 'ABCDE'],
    });
    const rule = ruleOf(p, 'custom:code');
    expect(validateAttributeValue(rule, 'ABCD')).toEqual([]);
    expect(validateAttributeValue(rule, 'ab').map((v) => v.code)).toEqual([
      'value-too-short',
      'pattern-mismatch',
      'value-not-allowed',
    ]);
    expect(validateAttributeValue(rule, 'ABCDEF').map((v) => v.code)).toEqual([
      'value-too-long',
      'value-not-allowed',
    ]);
  });

  it('anchors patterns to the whole value', () => {
    const rule = ruleOf(
      policyWith('custom:sku', { type: 'string', pattern: '\\d{3}' }),
      'custom:sku',
    );
    expect(validateAttributeValue(rule, '123')).toEqual([]);
    expect(validateAttributeValue(rule, 'x123')).toHaveLength(1);
    expect(validateAttributeValue(rule, '1234')).toHaveLength(1);
  });

  it('anchors alternations as a whole too', () => {
    const rule = ruleOf(policyWith('custom:ab', { type: 'string', pattern: 'a|b' }), 'custom:ab');
    expect(validateAttributeValue(rule, 'a')).toEqual([]);
    expect(validateAttributeValue(rule, 'ab')).toHaveLength(1);
  });

  it('checks number bounds exactly, even beyond double precision', () => {
    const rule = ruleOf(
      policyWith('custom:age', { type: 'number', min: 0, max: 150 }),
      'custom:age',
    );
    expect(validateAttributeValue(rule, '150')).toEqual([]);
    expect(validateAttributeValue(rule, '151').map((v) => v.code)).toEqual(['number-too-large']);
    expect(validateAttributeValue(rule, '-1').map((v) => v.code)).toEqual(['number-too-small']);
    expect(validateAttributeValue(rule, '9'.repeat(40)).map((v) => v.code)).toEqual([
      'number-too-large',
    ]);
    expect(validateAttributeValue(rule, 'ten').map((v) => v.code)).toEqual(['invalid-number']);
  });

  it('checks booleans and datetimes', () => {
    const flag = ruleOf(policyWith('custom:beta', { type: 'boolean' }), 'custom:beta');
    expect(validateAttributeValue(flag, 'false')).toEqual([]);
    expect(validateAttributeValue(flag, '1').map((v) => v.code)).toEqual(['invalid-boolean']);
    const when = ruleOf(policyWith('custom:joined', { type: 'datetime' }), 'custom:joined');
    expect(validateAttributeValue(when, '2024-05-01T12:00:00Z')).toEqual([]);
    expect(validateAttributeValue(when, '2024-05-01').map((v) => v.code)).toEqual([
      'invalid-datetime',
    ]);
  });

  it('applies a format declared on a custom attribute', () => {
    const p = policyWith('custom:tz', { type: 'string', format: 'zoneinfo' });
    expect(codes({ 'custom:tz': 'Asia/Tokyo' }, p)).toEqual([]);
    expect(codes({ 'custom:tz': 'Tokyo' }, p)).toEqual(['custom:tz:invalid-zoneinfo']);
  });
});

describe('values that look blank or deceive', () => {
  const NOW = new Date('2030-06-15T12:00:00Z');
  const at = (values: Record<string, unknown>, p: AttributePolicy = policy): string[] =>
    validateAttributeValues(p, values, NOW).map((v) => `${v.attribute}:${v.code}`);

  it.each([
    ['zero-width spaces only', '\u200B\u200B'],
    ['a BOM and a word joiner', '\uFEFF\u2060'],
    ['a Hangul filler', '\u3164'],
    ['no-break spaces and a zero-width joiner', '\u00A0\u200D\u00A0'],
    ['a bidi override alone', '\u202E'],
  ])('refuses %s as blank, and only as blank', (_what, value) => {
    expect(at({ name: value })).toEqual(['name:value-empty']);
  });

  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', 'Ada\u202Emoc.evil'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202AAda'],
    ['FIRST STRONG ISOLATE', 'Ada \u2068x\u2069'],
  ])('refuses a %s as bidi-control', (_what, value) => {
    expect(at({ name: value })).toEqual(['name:bidi-control']);
  });

  it.each([
    ['ZERO WIDTH SPACE', 'Ad\u200Ba'],
    ['ZERO WIDTH NON-JOINER', 'Ad\u200Ca'],
    ['RIGHT-TO-LEFT MARK', 'Ada\u200Fx'],
    ['WORD JOINER', 'Ad\u2060a'],
    ['BOM inside', 'Ad\uFEFFa'],
    ['SOFT HYPHEN', 'Ad\u00ADa'],
  ])('refuses a %s as invisible-character', (_what, value) => {
    expect(at({ name: value })).toEqual(['name:invisible-character']);
  });

  it('lists a bidi control and an invisible character as two problems', () => {
    expect(at({ nickname: 'a\u202Eb\u200Bc' })).toEqual([
      'nickname:bidi-control',
      'nickname:invisible-character',
    ]);
  });

  it.each([' Ada', 'Ada ', '\u00A0Ada', 'Ada\u3000', 'Ada\u2003'])(
    'refuses the padded value %j as value-padded',
    (value) => {
      expect(at({ name: value })).toEqual(['name:value-padded']);
    },
  );

  it('keeps inner spaces and the usual letters of every script', () => {
    expect(at({ name: 'Ada King-Lovelace', nickname: 'Zoë Ωμέγα 李小龍 محمد' })).toEqual([]);
  });

  it('refuses a birthdate after today in every time zone', () => {
    expect(at({ birthdate: '2030-06-17' })).toEqual(['birthdate:date-in-future']);
    expect(at({ birthdate: '2999-01-01' })).toEqual(['birthdate:date-in-future']);
  });

  it('accepts a birthdate that is today somewhere (UTC+14), and any year-less date', () => {
    expect(at({ birthdate: '2030-06-16' })).toEqual([]);
    expect(at({ birthdate: '2030-06-15' })).toEqual([]);
    expect(at({ birthdate: '0000-12-31' })).toEqual([]);
  });

  it('applies to admin writes and sign-up alike: one validator, no audience', () => {
    expect(validateAttributeValue(ruleOf(policy, 'name'), 'A\u202E', NOW)).toEqual([
      expect.objectContaining({ code: 'bidi-control' }),
    ]);
  });

  describe('per-attribute allowances in the policy', () => {
    it('allowBidiControls lets bidi controls through, nothing else', () => {
      const p = policyWith('custom:bio', { type: 'string', allowBidiControls: true });
      expect(at({ 'custom:bio': 'a\u202Eb' }, p)).toEqual([]);
      expect(at({ 'custom:bio': 'a\u200Bb' }, p)).toEqual(['custom:bio:invisible-character']);
    });

    it('allowInvisibleCharacters lets joiners and marks through, but not bidi controls', () => {
      const p = policyWith('custom:bio', { type: 'string', allowInvisibleCharacters: true });
      expect(at({ 'custom:bio': 'می\u200Cخواهم 👩\u200D💻' }, p)).toEqual([]);
      expect(at({ 'custom:bio': 'a\u2066b' }, p)).toEqual(['custom:bio:bidi-control']);
      expect(at({ 'custom:bio': '\u200B' }, p)).toEqual(['custom:bio:value-empty']);
    });

    it('allowSurroundingWhitespace keeps padding, but a blank value stays blank', () => {
      const p = policyWith('custom:bio', { type: 'string', allowSurroundingWhitespace: true });
      expect(at({ 'custom:bio': '  indented' }, p)).toEqual([]);
      expect(at({ 'custom:bio': '   ' }, p)).toEqual(['custom:bio:value-empty']);
    });

    it('allowFutureDate accepts a date after today', () => {
      const p = policyWith('custom:due', { type: 'string', format: 'date', allowFutureDate: true });
      expect(at({ 'custom:due': '2031-01-01' }, p)).toEqual([]);
    });
  });
});

describe('normalizeAttributeValues', () => {
  it('lower-cases email-format values only', () => {
    expect(
      normalizeAttributeValues(policy, { email: 'Ada.King@Example.COM', name: 'Ada KING' }),
    ).toEqual({ email: 'ada.king@example.com', name: 'Ada KING' });
  });

  it('leaves non-strings and unknown names for validation to refuse', () => {
    const values = { email: 5, 'custom:nope': 'X@Y.CO' } as Record<string, unknown>;
    expect(normalizeAttributeValues(policy, values)).toEqual(values);
  });

  it('returns a prototype-free copy and leaves the input alone', () => {
    const input = { email: 'A@B.CO' };
    const output = normalizeAttributeValues(policy, input);
    expect(Object.getPrototypeOf(output)).toBeNull();
    expect(input.email).toBe('A@B.CO');
  });
});
