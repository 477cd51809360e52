import { resolve } from 'node:path';
import {
  AttributePolicyError,
  loadAttributePolicy,
  parseAttributePolicy,
} from './load-attribute-policy';
import { PERMISSIVE_RULE_JSON } from '../../test/support/policy-rules';

const base = { ...PERMISSIVE_RULE_JSON, delete: false };

const parse = (rule: Record<string, unknown>) =>
  parseAttributePolicy(
    { version: 1, adminGroup: 'admin', attributes: { nickname: rule } },
    't.json',
  ).attributes.get('nickname');

const problemOf = (rule: Record<string, unknown>): string => {
  try {
    parse(rule);
  } catch (error) {
    if (error instanceof AttributePolicyError) return error.message;
    throw error;
  }
  return '';
};

describe('the stepUp rule option', () => {
  it('is absent (false) unless the file says true', () => {
    expect(parse(base)?.stepUp).toBeUndefined();
    expect(parse({ ...base, stepUp: true })?.stepUp).toBe(true);
  });

  it('must be a boolean', () => {
    expect(problemOf({ ...base, stepUp: 'yes' })).toMatch(/nickname.*stepUp/s);
  });

  it('needs write: only changes users make can require a recent sign-in', () => {
    expect(problemOf({ ...base, write: false, stepUp: true })).toMatch(/stepUp.*requires "write"/s);
  });

  it('is set for email and phone_number in the default policy, and nothing else', () => {
    const policy = loadAttributePolicy(resolve(__dirname, '../../config/attribute-policy.json'));
    const marked = [...policy.attributes.values()].filter((r) => r.stepUp).map((r) => r.name);
    expect(marked.sort()).toEqual(['email', 'phone_number']);
  });
});
