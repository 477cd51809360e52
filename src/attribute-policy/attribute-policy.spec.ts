import { resolve } from 'node:path';
import {
  checkDeletable,
  checkReadable,
  checkSignUp,
  checkVerifiable,
  checkWritable,
  describePolicy,
  isDeletable,
  isReadable,
  isSensitive,
  isWritable,
  readableAttributes,
  verificationFor,
} from './attribute-policy';
import type { AttributePolicy, AttributeRule } from './attribute-policy.types';
import { loadAttributePolicy } from './load-attribute-policy';
import { permissiveRule } from '../../test/support/policy-rules';

const policy = loadAttributePolicy(resolve(__dirname, '../../config/attribute-policy.json'));

const codes = (violations: { attribute: string; code: string }[]) =>
  violations.map((v) => `${v.attribute}:${v.code}`);

/**
 * A policy built in code, bypassing the loader and its checks: it grants everything,
 * which is what a careless future loader or a test double could do.
 */
function permissivePolicy(names: string[]): AttributePolicy {
  const rules = names.map((name): [string, AttributeRule] => [name, permissiveRule(name)]);
  return { version: 1, adminGroup: 'admin', attributes: new Map(rules) };
}

const cognitoAttributes = {
  sub: '7f1c0a52-1111-2222-3333-444455556666',
  email: 'jane@example.com',
  email_verified: 'true',
  given_name: 'Jane',
  identities: '[{"providerName":"Google","userId":"123"}]',
  'custom:role': 'admin',
  'custom:added_later': 'secret',
  'cognito:user_status': 'CONFIRMED',
};

describe('readableAttributes', () => {
  it('returns what the user may read and drops the rest, unknown ones included', () => {
    expect(readableAttributes(policy, cognitoAttributes, 'self')).toEqual({
      sub: cognitoAttributes.sub,
      email: 'jane@example.com',
      email_verified: 'true',
      given_name: 'Jane',
    });
  });

  it('gives admins the admin-readable attributes', () => {
    const admin = readableAttributes(policy, cognitoAttributes, 'admin');
    expect(admin).toHaveProperty(['custom:role'], 'admin');
    expect(admin).toHaveProperty(['identities']);
    expect(admin).not.toHaveProperty(['custom:added_later']);
  });

  it('builds a prototype-free object that a __proto__ key cannot pollute', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}, "email": "a@b.co"}') as Record<
      string,
      string
    >;
    const result = readableAttributes(permissivePolicy(['__proto__', 'email']), hostile, 'self');
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.email).toBe('a@b.co');
  });

  it('ignores non-string values', () => {
    const odd = { email: 5 } as unknown as Record<string, string>;
    expect(readableAttributes(policy, odd, 'self')).toEqual({});
  });
});

describe('checkWritable', () => {
  it('accepts user-writable attributes', () => {
    expect(checkWritable(policy, ['email', 'given_name', 'custom:display_name'], 'self')).toEqual(
      [],
    );
  });

  it('reports unknown and unwritable attributes, each once', () => {
    const names = ['emial', 'sub', 'custom:role', 'updated_at', 'sub', 'email_verified', 'email'];
    expect(codes(checkWritable(policy, names, 'self'))).toEqual([
      'emial:unknown-attribute',
      'sub:attribute-not-writable',
      'custom:role:attribute-not-writable',
      'updated_at:attribute-not-writable',
      'email_verified:attribute-not-writable',
    ]);
  });

  it('lets admins set roles and verified flags, but never sub or identities', () => {
    expect(checkWritable(policy, ['custom:role', 'email_verified'], 'admin')).toEqual([]);
    expect(codes(checkWritable(policy, ['sub', 'identities', 'updated_at'], 'admin'))).toEqual([
      'sub:attribute-not-writable',
      'identities:attribute-not-writable',
      'updated_at:attribute-not-writable',
    ]);
  });
});

describe('hard rules hold even for a policy that was never validated', () => {
  const open = permissivePolicy([
    'sub',
    'email_verified',
    'phone_number_verified',
    'identities',
    'cognito:user_status',
    'nickname',
  ]);
  const protectedNames = [
    'sub',
    'email_verified',
    'phone_number_verified',
    'identities',
    'cognito:user_status',
  ];

  it.each(protectedNames)('%s is never writable, deletable or sent at sign-up by users', (name) => {
    expect(isWritable(open, name, 'self')).toBe(false);
    expect(isDeletable(open, name, 'self')).toBe(false);
    expect(codes(checkSignUp(open, [name]))).toEqual([`${name}:attribute-not-allowed-at-sign-up`]);
  });

  it('admins may write only the verified flags among them, and delete none', () => {
    const adminWritable = protectedNames.filter((name) => isWritable(open, name, 'admin'));
    expect(adminWritable).toEqual(['email_verified', 'phone_number_verified']);
    expect(protectedNames.filter((name) => isDeletable(open, name, 'admin'))).toEqual([]);
  });

  it('ordinary attributes follow the policy', () => {
    expect(isWritable(open, 'nickname', 'self')).toBe(true);
  });
});

describe('checkDeletable', () => {
  it('accepts deletable attributes', () => {
    expect(
      checkDeletable(policy, ['given_name', 'phone_number', 'custom:display_name'], 'self'),
    ).toEqual([]);
  });

  it('refuses required and read-only attributes, saying why', () => {
    const problems = checkDeletable(policy, ['email', 'sub', 'nope'], 'self');
    expect(codes(problems)).toEqual([
      'email:attribute-not-deletable',
      'sub:attribute-not-deletable',
      'nope:unknown-attribute',
    ]);
    expect(problems[0].message).toMatch(/required/);
  });

  it('lets admins delete what they may write, except required and protected ones', () => {
    expect(checkDeletable(policy, ['custom:role', 'given_name'], 'admin')).toEqual([]);
    expect(codes(checkDeletable(policy, ['email', 'email_verified'], 'admin'))).toEqual([
      'email:attribute-not-deletable',
      'email_verified:attribute-not-deletable',
    ]);
  });
});

describe('checkReadable / isReadable', () => {
  it('follows read for self and adminRead for admins', () => {
    expect(isReadable(policy, 'custom:role', 'self')).toBe(false);
    expect(isReadable(policy, 'custom:role', 'admin')).toBe(true);
    expect(isReadable(policy, 'identities', 'self')).toBe(false);
    expect(isReadable(policy, 'unknown', 'admin')).toBe(false);
    expect(codes(checkReadable(policy, ['email', 'custom:role', 'x'], 'self'))).toEqual([
      'custom:role:attribute-not-readable',
      'x:unknown-attribute',
    ]);
  });
});

describe('checkSignUp', () => {
  it('accepts allowed attributes when the required ones are there', () => {
    expect(checkSignUp(policy, ['email', 'given_name', 'custom:display_name'])).toEqual([]);
  });

  it('reports forbidden, unknown and missing required attributes together', () => {
    expect(
      codes(checkSignUp(policy, ['custom:role', 'email_verified', 'zzz', 'updated_at'])),
    ).toEqual([
      'custom:role:attribute-not-allowed-at-sign-up',
      'email_verified:attribute-not-allowed-at-sign-up',
      'zzz:unknown-attribute',
      'updated_at:attribute-not-allowed-at-sign-up',
      'email:required-attribute-missing',
    ]);
  });
});

describe('verification', () => {
  it('knows the channel of each attribute', () => {
    expect(verificationFor(policy, 'email')).toBe('email');
    expect(verificationFor(policy, 'phone_number')).toBe('sms');
    expect(verificationFor(policy, 'given_name')).toBe('none');
    expect(verificationFor(policy, 'unknown')).toBe('none');
  });

  it('allows codes only for verifiable attributes the user can read', () => {
    expect(checkVerifiable(policy, 'email')).toEqual([]);
    expect(checkVerifiable(policy, 'phone_number')).toEqual([]);
    expect(codes(checkVerifiable(policy, 'given_name'))).toEqual([
      'given_name:attribute-not-verifiable',
    ]);
    expect(codes(checkVerifiable(policy, 'custom:role'))).toEqual([
      'custom:role:attribute-not-readable',
    ]);
    expect(codes(checkVerifiable(policy, '__proto__'))).toEqual(['__proto__:unknown-attribute']);
  });
});

describe('isSensitive', () => {
  it('follows the policy and treats unknown attributes as sensitive', () => {
    expect(isSensitive(policy, 'email')).toBe(true);
    expect(isSensitive(policy, 'locale')).toBe(false);
    expect(isSensitive(policy, 'whatever')).toBe(true);
  });
});

describe('describePolicy', () => {
  it('publishes the effective schema for users, sorted, without admin-only attributes', () => {
    const schema = describePolicy(policy);
    const names = schema.map((entry) => entry.name);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain('custom:role');
    expect(names).not.toContain('identities');
    expect(names).toContain('sub');
    expect(schema.find((entry) => entry.name === 'email')).toEqual({
      name: 'email',
      readable: true,
      writable: true,
      deletable: false,
      signUp: true,
      required: true,
      verification: 'email',
      type: 'string',
      constraints: { format: 'email', maxLength: 254 },
      description: expect.any(String),
    });
    expect(schema.find((entry) => entry.name === 'updated_at')).toMatchObject({
      readable: true,
      writable: false,
      type: 'number',
      constraints: { min: 0 },
    });
  });

  it('publishes the admin view with admin permissions', () => {
    const role = describePolicy(policy, 'admin').find((entry) => entry.name === 'custom:role');
    expect(role).toMatchObject({
      readable: true,
      writable: true,
      deletable: true,
      signUp: false,
      constraints: { enum: ['user', 'editor', 'admin'], maxLength: 2048 },
    });
  });

  it('returns copies that cannot alter the policy', () => {
    const role = describePolicy(policy, 'admin').find((entry) => entry.name === 'custom:role');
    role?.constraints.enum?.push('root');
    expect(policy.attributes.get('custom:role')?.enum).toEqual(['user', 'editor', 'admin']);
  });
});
