import { resolve } from 'node:path';
import type { AttributePolicy, AttributeRule } from './attribute-policy.types';
import {
  validateAttributeName,
  validateAttributeNames,
  validateAttributeValue,
  validateAttributeValues,
} from './attribute-validation';
import { loadAttributePolicy } from './load-attribute-policy';
import { parseAttributePolicy } from './load-attribute-policy';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));

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
