import { resolve } from 'node:path';
import { AppError } from '../../common/errors/app-error';
import { assertDeletable, assertUpdatable, assertVerifiable } from './attribute-request-checks';
import { loadAttributePolicy } from '../../attribute-policy';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('assertUpdatable', () => {
  it('accepts writable attributes with valid values', () => {
    expect(() =>
      assertUpdatable(policy, { name: 'Ada', 'custom:display_name': 'ada' }, 'self'),
    ).not.toThrow();
  });

  it('refuses malformed names first (400), even next to forbidden ones', () => {
    const body = JSON.parse('{"__proto__": "x", "sub": "y"}') as Record<string, string>;
    const error = thrown(() => assertUpdatable(policy, body, 'self'));
    expect(error).toMatchObject({ code: 'validation-failed', status: 400 });
    expect(error.errors).toEqual([expect.objectContaining({ attribute: '__proto__' })]);
  });

  it('lists every forbidden name (403) before looking at values', () => {
    const error = thrown(() =>
      assertUpdatable(
        policy,
        { sub: 'x', email_verified: 'true', 'custom:role': 'admin', Email: 'a', name: '' },
        'self',
      ),
    );
    expect(error).toMatchObject({ code: 'attribute-not-writable', status: 403 });
    expect(error.errors?.map((e) => e.attribute)).toEqual([
      'sub',
      'email_verified',
      'custom:role',
      'Email',
    ]);
  });

  it('lets admins write admin-only attributes and the verified flags', () => {
    expect(() =>
      assertUpdatable(policy, { 'custom:role': 'editor', email_verified: 'true' }, 'admin'),
    ).not.toThrow();
    expect(thrown(() => assertUpdatable(policy, { sub: 'x' }, 'admin')).code).toBe(
      'attribute-not-writable',
    );
  });

  it('lists every invalid value (422) without echoing values', () => {
    const error = thrown(() =>
      assertUpdatable(
        policy,
        { email: 'not-an-email', phone_number: '0123', birthdate: '2001-02-30' },
        'self',
      ),
    );
    expect(error).toMatchObject({ code: 'invalid-attribute-value', status: 422 });
    expect(error.errors?.map((e) => e.code)).toEqual([
      'invalid-email',
      'invalid-phone-number',
      'invalid-date',
    ]);
    expect(JSON.stringify(error.errors)).not.toContain('not-an-email');
  });

  it('refuses more attributes than the policy knows (400)', () => {
    const many = Object.fromEntries(
      Array.from({ length: policy.attributes.size + 1 }, (_, i) => [`custom:a${i}`, 'x']),
    );
    expect(thrown(() => assertUpdatable(policy, many, 'self')).code).toBe('validation-failed');
  });
});

describe('assertDeletable', () => {
  it('accepts deletable attributes', () => {
    expect(() => assertDeletable(policy, ['website', 'custom:display_name'], 'self')).not.toThrow();
  });

  it('refuses required, protected, admin-only and unknown attributes (403)', () => {
    const error = thrown(() =>
      assertDeletable(policy, ['email', 'sub', 'custom:role', 'nope', 'website'], 'self'),
    );
    expect(error).toMatchObject({ code: 'attribute-not-deletable', status: 403 });
    expect(error.errors?.map((e) => e.attribute)).toEqual(['email', 'sub', 'custom:role', 'nope']);
  });

  it('refuses malformed names (400)', () => {
    expect(thrown(() => assertDeletable(policy, ['constructor'], 'self')).code).toBe(
      'validation-failed',
    );
  });
});

describe('assertVerifiable', () => {
  it('accepts email and phone_number', () => {
    expect(() => assertVerifiable(policy, 'email')).not.toThrow();
    expect(() => assertVerifiable(policy, 'phone_number')).not.toThrow();
  });

  it.each(['name', 'custom:role', 'email_verified', 'nope'])('refuses %s (403)', (name) => {
    expect(thrown(() => assertVerifiable(policy, name))).toMatchObject({
      code: 'attribute-not-verifiable',
      status: 403,
    });
  });

  it('refuses prototype keys as malformed (400)', () => {
    expect(thrown(() => assertVerifiable(policy, '__proto__')).code).toBe('validation-failed');
  });
});
