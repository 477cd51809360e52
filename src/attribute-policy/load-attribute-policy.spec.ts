import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AttributePolicy } from './attribute-policy.types';
import {
  AttributePolicyError,
  loadAttributePolicy,
  parseAttributePolicy,
  parseAttributePolicyText,
} from './load-attribute-policy';
import { PERMISSIVE_RULE_JSON, permissiveRule } from '../../test/support/policy-rules';

const DEFAULT_FILE = resolve(__dirname, '../../config/attribute-policy.json');

const OIDC_STANDARD = [
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
];

/** A valid, permissive rule to start each broken case from; an undefined override removes a key. */
function rule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...PERMISSIVE_RULE_JSON, ...overrides };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

function policyJson(attributes: Record<string, unknown>): Record<string, unknown> {
  return { version: 1, adminGroup: 'admin', attributes };
}

/** The problems parseAttributePolicy reports, or [] when it accepts the input. */
function problemsOf(json: unknown): readonly string[] {
  try {
    parseAttributePolicy(json, 'test.json');
    return [];
  } catch (error) {
    if (error instanceof AttributePolicyError) return error.problems;
    throw error;
  }
}

describe('the default policy file', () => {
  let policy: AttributePolicy;
  beforeAll(() => {
    policy = loadAttributePolicy(DEFAULT_FILE);
  });

  it('loads and covers the OIDC standard attributes and the Cognito-managed ones', () => {
    for (const name of OIDC_STANDARD) expect(policy.attributes.has(name)).toBe(true);
    for (const name of ['sub', 'email_verified', 'phone_number_verified', 'identities']) {
      expect(policy.attributes.has(name)).toBe(true);
    }
    expect(policy.attributes.get('custom:display_name')).toMatchObject({
      read: true,
      write: true,
      delete: true,
      signUp: true,
      maxLength: 64,
    });
    expect(policy.attributes.get('custom:role')).toMatchObject({
      read: false,
      write: false,
      signUp: false,
      adminRead: true,
      adminWrite: true,
    });
    expect(policy.adminGroup).toBe('admin');
  });

  it('makes email required, verified by email and not deletable', () => {
    expect(policy.attributes.get('email')).toMatchObject({
      required: true,
      verification: 'email',
      format: 'email',
      maxLength: 254,
      delete: false,
    });
    expect(policy.attributes.get('phone_number')).toMatchObject({
      verification: 'sms',
      format: 'phone',
    });
  });

  it('returns frozen rules', () => {
    const email = policy.attributes.get('email');
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(email)).toBe(true);
    expect(Object.isFrozen(policy.attributes.get('custom:role')?.enum)).toBe(true);
  });
});

describe('loadAttributePolicy with broken files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'attribute-policy-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  it('names a missing file', () => {
    const file = join(dir, 'missing.json');
    expect(() => loadAttributePolicy(file)).toThrow(AttributePolicyError);
    expect(() => loadAttributePolicy(file)).toThrow(/missing\.json.*cannot read the file/s);
  });

  it('names the file and the syntax error of invalid JSON', () => {
    const file = write('syntax.json', '{ "version": 1, }');
    expect(() => loadAttributePolicy(file)).toThrow(/syntax\.json[\s\S]*not valid JSON/);
  });

  it('accepts a byte-order mark', () => {
    const text = readFileSync(DEFAULT_FILE, 'utf8');
    expect(loadAttributePolicy(write('bom.json', `\uFEFF${text}`)).attributes.size).toBeGreaterThan(
      20,
    );
  });

  it('refuses a key given twice, which JSON.parse would silently resolve', () => {
    const text = JSON.stringify(policyJson({ nickname: rule({ write: false }) })).replace(
      '"write":false',
      '"write":false,"write":true',
    );
    const file = write('duplicate.json', text);
    expect(() => loadAttributePolicy(file)).toThrow(
      /attributes\.nickname\.write: key appears twice/,
    );
  });

  it('lists every problem of a file, each with its path', () => {
    const file = write(
      'many.json',
      JSON.stringify({
        version: 2,
        adminGroup: '',
        extra: true,
        attributes: {
          'custom:role': rule({ read: false, write: true, signUp: false }),
          email: rule({ format: 'url', maxLength: 300 }),
          sub: rule(),
        },
      }),
    );
    let message = '';
    try {
      loadAttributePolicy(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toContain('extra: unknown key');
    expect(message).toContain('version: must be 1');
    expect(message).toContain('adminGroup: must be a Cognito group name');
    expect(message).toContain('attributes["custom:role"].write: requires "read"');
    expect(message).toContain('attributes.email.format: must be "email" for email');
    expect(message).toContain('attributes.email.maxLength: must be at most 254 for email');
    expect(message).toContain('attributes.sub.write: must be false');
    expect(message).toContain('attributes.sub.delete: must be false');
    expect(message).toContain('attributes.sub.signUp: must be false');
    expect(message).toContain('attributes.sub.adminWrite: must be false');
    expect(message).toMatch(/\(1\d problems\)/);
  });
});

describe('parseAttributePolicy', () => {
  it('accepts a minimal policy', () => {
    const policy = parseAttributePolicy(policyJson({ nickname: rule() }), 'test.json');
    // Named, with a plain string's defaults: maxLength 2048, multiline false.
    expect(policy.attributes.get('nickname')).toEqual(permissiveRule('nickname'));
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'policy'],
  ])('refuses %s at the root', (_, json) => {
    expect(problemsOf(json)).toEqual(['(root): must be a JSON object']);
  });

  it('requires attributes', () => {
    expect(problemsOf({ version: 1, adminGroup: 'admin' })).toEqual([
      'attributes: is required and must be an object with at least one attribute',
    ]);
    expect(problemsOf(policyJson({}))).toHaveLength(1);
  });

  it.each([
    ['unknown key', { color: 'red' }, 'attributes.nickname.color: unknown key'],
    ['missing flag', { read: undefined }, 'attributes.nickname.read: is required'],
    ['flag of wrong type', { write: 'yes' }, 'attributes.nickname.write: must be true or false'],
    ['unknown type', { type: 'text' }, 'attributes.nickname.type: must be one of'],
    ['unknown verification', { verification: 'call' }, 'attributes.nickname.verification: must'],
    ['unknown format', { format: 'postcode' }, 'attributes.nickname.format: must be one of'],
    ['negative minLength', { minLength: -1 }, 'attributes.nickname.minLength: must be a whole'],
    ['fractional maxLength', { maxLength: 1.5 }, 'attributes.nickname.maxLength: must be a whole'],
    ['maxLength over 2048', { maxLength: 4096 }, 'attributes.nickname.maxLength: must be a whole'],
    ['minLength > maxLength', { minLength: 10, maxLength: 5 }, 'minLength: must not exceed'],
    ['bad pattern', { pattern: '(' }, 'attributes.nickname.pattern: is not a valid regular'],
    ['pattern not a string', { pattern: 5 }, 'attributes.nickname.pattern: must be a string'],
    ['enum of non-strings', { enum: ['a', 1] }, 'attributes.nickname.enum: must hold only'],
    ['empty enum', { enum: [] }, 'attributes.nickname.enum: must be a non-empty array'],
    ['repeated enum value', { enum: ['a', 'a'] }, 'attributes.nickname.enum: must not repeat'],
    ['enum value too long', { maxLength: 3, enum: ['abcd'] }, 'attributes.nickname.enum[0]: must'],
    ['enum against pattern', { pattern: '[a-z]+', enum: ['A'] }, 'enum[0]: does not match'],
    ['description not text', { description: 1 }, 'attributes.nickname.description: must be'],
    ['write without read', { read: false }, 'attributes.nickname.write: requires "read"'],
    ['delete without write', { write: false }, 'attributes.nickname.delete: requires "write"'],
    ['adminWrite w/o adminRead', { adminRead: false }, 'nickname.adminWrite: requires "adminRead"'],
    ['deletable required', { required: true }, 'attributes.nickname.delete: must be false for a'],
    [
      'required but not at sign-up',
      { required: true, delete: false, signUp: false },
      'attributes.nickname.signUp: must be true for a required attribute',
    ],
    [
      'admin-managed at sign-up',
      { write: false, delete: false },
      'attributes.nickname.signUp: must be false: only admins may change',
    ],
    ['min on a string', { min: 1 }, 'attributes.nickname.min: does not apply to type "string"'],
    ['wrong standard type', { type: 'number' }, 'attributes.nickname.type: must be "string"'],
    ['verification on a name', { verification: 'email' }, 'nickname.verification: must be "none"'],
    ['format on a name', { format: 'url' }, 'attributes.nickname.format: does not apply'],
    [
      'an allowance that is not a flag',
      { allowBidiControls: 'yes' },
      'attributes.nickname.allowBidiControls: must be true or false',
    ],
    [
      'allowFutureDate without the date format',
      { allowFutureDate: true },
      'attributes.nickname.allowFutureDate: applies only to format "date"',
    ],
  ])('refuses %s', (_, overrides, expected) => {
    const problems = problemsOf(policyJson({ nickname: rule(overrides) }));
    expect(problems.join('\n')).toContain(expected);
  });

  it('reads the value allowances, and keeps them off the rule unless true', () => {
    const allowances = {
      allowSurroundingWhitespace: true,
      allowInvisibleCharacters: true,
      allowBidiControls: false,
    };
    const policy = parseAttributePolicy(policyJson({ nickname: rule(allowances) }), 'test.json');
    expect(policy.attributes.get('nickname')).toMatchObject({
      allowSurroundingWhitespace: true,
      allowInvisibleCharacters: true,
    });
    expect(policy.attributes.get('nickname')).not.toHaveProperty('allowBidiControls');
  });

  it('refuses value allowances on types other than string', () => {
    const problems = problemsOf(
      policyJson({ 'custom:age': rule({ type: 'number', allowInvisibleCharacters: true }) }),
    );
    expect(problems).toEqual([
      'attributes["custom:age"].allowInvisibleCharacters: does not apply to type "number"',
    ]);
  });

  it('refuses string constraints on numbers and number bounds out of order', () => {
    const problems = problemsOf(
      policyJson({ 'custom:age': rule({ type: 'number', maxLength: 3, min: 10, max: 1 }) }),
    );
    expect(problems).toEqual([
      'attributes["custom:age"].maxLength: does not apply to type "number"',
      'attributes["custom:age"].min: must not exceed max (1)',
    ]);
  });

  it('allows an immutable attribute set once at sign-up', () => {
    const immutable = rule({ write: false, delete: false, adminWrite: false });
    expect(problemsOf(policyJson({ 'custom:tenant': immutable }))).toEqual([]);
  });

  it.each([
    ['custom:', 'empty custom name'],
    ['custom:this_name_is_way_too_long', 'custom name over 20'],
    ['custom:has-dash', 'custom name with a dash'],
    ['dev:custom:x', 'developer-only attribute'],
    ['emial', 'typo of a standard attribute'],
    ['__proto__', 'prototype key'],
    ['constructor', 'constructor'],
  ])('refuses the attribute name %j (%s)', (name) => {
    const json = JSON.parse(
      `{"version":1,"adminGroup":"admin","attributes":{${JSON.stringify(
        name,
      )}:${JSON.stringify(rule())}}}`,
    ) as unknown;
    expect(problemsOf(json)[0]).toMatch(/is not an attribute name a policy may declare/);
  });

  it('keeps __proto__ in the file from reaching any prototype', () => {
    const nickname = JSON.stringify(rule()).replace('{', '{"__proto__":{"polluted":true},');
    const text =
      '{"version":1,"adminGroup":"admin","__proto__":{"polluted":true},' +
      `"attributes":{"nickname":${nickname}}}`;
    expect(() => parseAttributePolicyText(text, 'proto.json')).toThrow(AttributePolicyError);
    expect(problemsOf(JSON.parse(text))).toEqual([
      '["__proto__"]: unknown key',
      'attributes.nickname["__proto__"]: unknown key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('reads only own properties, never inherited ones', () => {
    const inherited = Object.create(rule()) as Record<string, unknown>;
    expect(problemsOf(policyJson({ nickname: inherited }))).toContain(
      'attributes.nickname.read: is required',
    );
  });

  it('checks the standard attributes against what Cognito fixes', () => {
    const problems = problemsOf(
      policyJson({
        email: rule({ verification: 'sms', format: 'email' }),
        phone_number: rule({ verification: 'email', format: 'phone' }),
        updated_at: rule({ write: false, delete: false, signUp: false, adminWrite: false }),
        birthdate: rule({ format: 'date', maxLength: 11 }),
        email_verified: rule({ type: 'string', write: false, delete: false, signUp: false }),
      }),
    );
    expect(problems).toEqual([
      'attributes.email.verification: must be "email" or "none" for this attribute',
      'attributes.phone_number.verification: must be "sms" or "none" for this attribute',
      'attributes.updated_at.type: must be "number" for updated_at',
      'attributes.birthdate.maxLength: must be at most 10 for birthdate',
      'attributes.email_verified.type: must be "boolean" for email_verified',
    ]);
  });

  it('fills in the standard maximum length when the file leaves it out', () => {
    const policy = parseAttributePolicy(
      policyJson({ email: rule({ format: 'email', delete: false }) }),
      'x',
    );
    expect(policy.attributes.get('email')?.maxLength).toBe(254);
  });

  describe('hard rules the file cannot override', () => {
    const userFlags = { write: true, delete: true, signUp: true };

    it.each([
      'sub',
      'email_verified',
      'phone_number_verified',
      'identities',
      'cognito:user_status',
    ])('%s may not be written, deleted or sent at sign-up by users', (name) => {
      const type = name.endsWith('_verified') ? 'boolean' : 'string';
      const problems = problemsOf(policyJson({ [name]: rule({ ...userFlags, type }) }));
      for (const flag of Object.keys(userFlags)) {
        expect(problems.join('\n')).toMatch(
          new RegExp(`${flag}: must be false: .* is never changed by users \\(hard rule\\)`),
        );
      }
    });

    it.each(['sub', 'identities', 'cognito:mfa_enabled'])(
      '%s may not be written by admins',
      (name) => {
        const json = policyJson({
          [name]: rule({ write: false, delete: false, signUp: false, adminWrite: true }),
        });
        expect(problemsOf(json).join('\n')).toMatch(/adminWrite: must be false: .* \(hard rule\)/);
      },
    );

    it('lets admins write the verified flags', () => {
      const flags = {
        write: false,
        delete: false,
        signUp: false,
        adminWrite: true,
        type: 'boolean',
      };
      expect(problemsOf(policyJson({ email_verified: rule(flags) }))).toEqual([]);
    });
  });
});

describe('AttributePolicyError', () => {
  it('carries the source and the problems', () => {
    const error = new AttributePolicyError('a.json', ['x: one', 'y: two']);
    expect(error.name).toBe('AttributePolicyError');
    expect(error.source).toBe('a.json');
    expect(error.problems).toEqual(['x: one', 'y: two']);
    expect(error.message).toBe(
      'Invalid attribute policy a.json (2 problems):\n  - x: one\n  - y: two',
    );
  });
});
