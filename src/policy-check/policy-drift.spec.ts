import { resolve } from 'node:path';
import { type AttributePolicy, type AttributeRule, loadAttributePolicy } from '../attribute-policy';
import type { PoolDescription, PoolSchemaAttribute } from '../identity-provider/identity-provider';
import {
  CLIENT_READ_ATTRIBUTES,
  CLIENT_WRITE_ATTRIBUTES,
  CUSTOM_SCHEMA_ATTRIBUTES,
  STANDARD_SCHEMA_ATTRIBUTES,
} from '../local-cognito/seed';
import { comparePolicyWithPool, PolicyDrift } from './policy-drift';
import { formatDriftReport } from './policy-drift-report';

const policy = loadAttributePolicy(resolve(__dirname, '../../config/attribute-policy.json'));
const context = { clientId: 'client-1' };

/** The local pool as DescribeUserPool(Client) reports it, from the seed's own data. */
function seededPool(): PoolDescription {
  return {
    schema: [...STANDARD_SCHEMA_ATTRIBUTES, ...CUSTOM_SCHEMA_ATTRIBUTES].map(
      (a): PoolSchemaAttribute => ({
        name: a.Name,
        type: a.AttributeDataType,
        mutable: a.Mutable,
        required: a.Required,
        developerOnly: a.DeveloperOnlyAttribute,
        minLength: a.StringAttributeConstraints && Number(a.StringAttributeConstraints.MinLength),
        maxLength: a.StringAttributeConstraints && Number(a.StringAttributeConstraints.MaxLength),
      }),
    ),
    usernameAttributes: ['email'],
    autoVerifiedAttributes: ['email'],
    attributesRequireVerificationBeforeUpdate: ['email'],
    client: {
      readAttributes: [...CLIENT_READ_ATTRIBUTES],
      writeAttributes: [...CLIENT_WRITE_ATTRIBUTES],
    },
  };
}

function withSchema(pool: PoolDescription, name: string, change: Partial<PoolSchemaAttribute>) {
  return {
    ...pool,
    schema: pool.schema.map((a) => (a.name === name ? { ...a, ...change } : a)),
  };
}

function withRule(
  base: AttributePolicy,
  name: string,
  change: Partial<AttributeRule>,
): AttributePolicy {
  const attributes = new Map(base.attributes);
  attributes.set(name, { ...base.attributes.get(name)!, ...change });
  return { ...base, attributes };
}

const kinds = (drifts: PolicyDrift[]) => drifts.map((d) => `${d.attribute}:${d.kind}`);

describe('comparePolicyWithPool', () => {
  it('finds nothing between the default policy and the seeded local pool', () => {
    expect(comparePolicyWithPool(policy, seededPool(), context)).toEqual([]);
  });

  it('reports an attribute the policy uses but the pool lacks', () => {
    const pool = {
      ...seededPool(),
      schema: seededPool().schema.filter((a) => a.name !== 'custom:display_name'),
    };
    expect(kinds(comparePolicyWithPool(policy, pool, context))).toEqual([
      'custom:display_name:not-in-pool',
    ]);
  });

  it('reports an immutable attribute the policy lets anyone change', () => {
    const pool = withSchema(seededPool(), 'custom:display_name', { mutable: false });
    const [drift] = comparePolicyWithPool(policy, pool, context);
    expect(drift).toEqual({
      attribute: 'custom:display_name',
      kind: 'immutable-but-writable',
      message: expect.stringContaining('immutable in the pool'),
    });
    expect(drift.message).toContain('users and users (delete) and admins');
  });

  it('reports an attribute the pool requires but the policy does not', () => {
    const pool = withSchema(seededPool(), 'given_name', { required: true });
    expect(kinds(comparePolicyWithPool(policy, pool, context))).toEqual([
      'given_name:required-by-pool',
    ]);
    const unknown = {
      ...seededPool(),
      schema: [
        ...seededPool().schema,
        { name: 'custom:tenant', mutable: true, required: true, developerOnly: false },
      ],
    };
    expect(kinds(comparePolicyWithPool(policy, unknown, context))).toEqual([
      'custom:tenant:required-by-pool',
    ]);
  });

  it('reports types, lengths and developer-only attributes that disagree', () => {
    let pool = withSchema(seededPool(), 'custom:display_name', { type: 'Number' });
    pool = withSchema(pool, 'name', { maxLength: 100 });
    pool = withSchema(pool, 'nickname', { minLength: 3 });
    pool = withSchema(pool, 'website', { developerOnly: true });
    expect(kinds(comparePolicyWithPool(policy, pool, context))).toEqual([
      'name:longer-than-pool',
      'nickname:shorter-than-pool',
      'website:developer-only',
      'custom:display_name:type-mismatch',
    ]);
  });

  it('reads enum lengths, not the default maximum, for enumerated attributes', () => {
    const pool = withSchema(seededPool(), 'custom:role', { maxLength: 5 });
    expect(comparePolicyWithPool(policy, pool, context)).toEqual([
      expect.objectContaining({ attribute: 'custom:role', kind: 'longer-than-pool' }),
    ]);
    expect(
      comparePolicyWithPool(
        policy,
        withSchema(seededPool(), 'custom:role', { maxLength: 6 }),
        context,
      ),
    ).toEqual([]);
  });

  it('reports what the policy allows but the app client cannot do', () => {
    const pool = seededPool();
    pool.client = {
      readAttributes: pool.client!.readAttributes!.filter((n) => n !== 'locale'),
      writeAttributes: pool.client!.writeAttributes!.filter(
        (n) => n !== 'custom:display_name' && n !== 'locale',
      ),
    };
    const drifts = comparePolicyWithPool(policy, pool, context);
    expect(kinds(drifts)).toEqual([
      'locale:client-cannot-read',
      'locale:client-cannot-write',
      'custom:display_name:client-cannot-write',
    ]);
    expect(drifts[2].message).toBe(
      'the policy lets users change "custom:display_name" but app client client-1 cannot write it: Cognito will refuse',
    );
  });

  it('reports an app client that lets users read or write what only admins may', () => {
    const pool = seededPool();
    pool.client = {
      readAttributes: [...pool.client!.readAttributes!, 'custom:role', 'identities'],
      writeAttributes: [...pool.client!.writeAttributes!, 'custom:role'],
    };
    const drifts = comparePolicyWithPool(policy, pool, context);
    expect(kinds(drifts)).toEqual([
      'identities:client-can-read-unreadable',
      'custom:role:client-can-read-unreadable',
      'custom:role:client-can-write-unwritable',
    ]);
    expect(drifts[2].message).toBe(
      'app client client-1 can write "custom:role", which the policy lets only admins change: ' +
        'users can change it with their own token, straight from Cognito, unchecked by the BFF',
    );
  });

  it('reports an app client that can write what the policy lets no one change (updated_at)', () => {
    const pool = seededPool();
    pool.client = {
      ...pool.client,
      writeAttributes: [...pool.client!.writeAttributes!, 'updated_at'],
    };
    const drifts = comparePolicyWithPool(policy, pool, context);
    expect(kinds(drifts)).toEqual(['updated_at:client-can-write-unwritable']);
    expect(drifts[0].message).toContain('which the policy lets no one change');
  });

  it('reports an app client whose ReadAttributes expose what the policy hides', () => {
    let hiding = withRule(policy, 'nickname', { read: false, adminRead: false });
    hiding = withRule(hiding, 'locale', { read: false });
    const drifts = comparePolicyWithPool(hiding, seededPool(), context);
    expect(kinds(drifts)).toEqual([
      'locale:client-can-read-unreadable',
      'nickname:client-can-read-unreadable',
    ]);
    expect(drifts[0].message).toContain('which the policy shows to admins only');
    expect(drifts[1].message).toBe(
      'app client client-1 can read "nickname", which the policy shows to no one: users can ' +
        'read it with their own token, straight from Cognito',
    );
  });

  it('reports client attributes the policy does not know at all', () => {
    const pool = seededPool();
    pool.schema = [
      ...pool.schema,
      { name: 'custom:tenant', mutable: true, required: false, developerOnly: false },
    ];
    pool.client = {
      readAttributes: [...pool.client!.readAttributes!, 'custom:tenant'],
      writeAttributes: [...pool.client!.writeAttributes!, 'custom:tenant'],
    };
    const drifts = comparePolicyWithPool(policy, pool, context);
    expect(kinds(drifts)).toEqual([
      'custom:tenant:client-can-read-unreadable',
      'custom:tenant:client-can-write-unwritable',
    ]);
    expect(drifts[1].message).toContain('which the policy does not know (writes refuse it)');
  });

  it('with SELF_SERVICE_WRITES=admin, needs client write access for sign-up only', () => {
    const pool = seededPool();
    pool.client = { ...pool.client, writeAttributes: ['email', 'name'] };
    const notAtSignUp = withRule(policy, 'nickname', { signUp: false });
    const admin = { ...context, selfServiceWrites: 'admin' as const };
    const drifts = comparePolicyWithPool(notAtSignUp, pool, admin);
    // Every other writable attribute may be sent at sign-up; nickname may not, so it needs nothing.
    expect(kinds(drifts)).not.toContain('nickname:client-cannot-write');
    expect(kinds(drifts)).toContain('locale:client-cannot-write');
    expect(drifts.find((d) => d.attribute === 'locale')!.message).toContain(
      'the policy lets users send at sign-up "locale"',
    );
    expect(kinds(comparePolicyWithPool(notAtSignUp, pool, context))).toContain(
      'nickname:client-cannot-write',
    );
  });

  it("treats a client without attribute lists as allowed everything (Cognito's default)", () => {
    const pool = { ...seededPool(), client: {} };
    expect(kinds(comparePolicyWithPool(policy, pool, context))).toEqual([
      'updated_at:client-can-write-unwritable',
      'email_verified:client-can-write-unwritable',
      'phone_number_verified:client-can-write-unwritable',
      'identities:client-can-read-unreadable',
      'identities:client-can-write-unwritable',
      'custom:role:client-can-read-unreadable',
      'custom:role:client-can-write-unwritable',
    ]);
  });

  it('reports a username attribute the policy refuses at sign-up', () => {
    const strict = withRule(policy, 'email', { signUp: false, required: false });
    expect(kinds(comparePolicyWithPool(strict, seededPool(), context))).toEqual([
      'email:username-not-at-sign-up',
    ]);
  });

  it('formats one heading and one line per mismatch', () => {
    const pool = withSchema(seededPool(), 'custom:display_name', { mutable: false });
    const subject = {
      policyFile: 'p.json',
      userPoolId: 'pool-1',
      clientId: 'client-1',
      mode: 'local',
    };
    const report = formatDriftReport(comparePolicyWithPool(policy, pool, context), subject);
    expect(report.split('\n')).toEqual([
      'attribute policy p.json vs user pool pool-1 (app client client-1, local mode): 1 mismatch',
      expect.stringMatching(/^ {2}- custom:display_name \[immutable-but-writable\]: /),
    ]);
    expect(formatDriftReport([], subject)).toContain(': no mismatches');
  });
});
