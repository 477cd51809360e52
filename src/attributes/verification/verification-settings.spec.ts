import { resolve } from 'node:path';
import { AppError } from '../../common/errors/app-error';
import type { IdentityProvider, PoolDescription } from '../../identity-provider/identity-provider';
import { PoolSettings } from '../../identity-provider/pool-settings';
import { loadAttributePolicy } from '../../attribute-policy';
import { VerificationSettings } from './verification-settings';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));

function settings(describePool: () => Promise<Partial<PoolDescription>>) {
  const idp = { describePool } as unknown as IdentityProvider;
  return new VerificationSettings(new PoolSettings(idp), policy);
}

// Which list each mode reports (cognito-local leaves the setting out of DescribeUserPool) is the
// Cognito adapter's business: see cognito-identity-provider.spec.ts.
describe('VerificationSettings', () => {
  it("trusts the pool's list and asks once", async () => {
    const describePool = jest.fn().mockResolvedValue({
      attributesRequireVerificationBeforeUpdate: ['phone_number'],
    });
    const s = settings(describePool);
    const rules = await s.rules();
    await s.rules();
    expect(describePool).toHaveBeenCalledTimes(1);
    expect([...rules.verifiable].sort()).toEqual(['email', 'phone_number']);
    expect(rules.pendingPossible('phone_number')).toBe(true);
    expect(rules.pendingPossible('email')).toBe(false);
  });

  it('when DescribeUserPool fails, any verifiable attribute may be pending', async () => {
    const s = settings(() => Promise.reject(new AppError('forbidden')));
    const rules = await s.rules();
    expect(rules.pendingPossible('email')).toBe(true);
    expect(rules.pendingPossible('phone_number')).toBe(true);
    expect(rules.pendingPossible('name')).toBe(false);
  });

  it('when the pool does not say (an external emulator), any verifiable attribute may be pending', async () => {
    const rules = await settings(() => Promise.resolve({})).rules();
    expect(rules.pendingPossible('email')).toBe(true);
    expect(rules.pendingPossible('phone_number')).toBe(true);
    expect(rules.pendingPossible('name')).toBe(false);
  });

  it('an empty list means no pending change is possible', async () => {
    const rules = await settings(() =>
      Promise.resolve({ attributesRequireVerificationBeforeUpdate: [] }),
    ).rules();
    expect(rules.pendingPossible('email')).toBe(false);
    expect(rules.verifiable.has('email')).toBe(true);
  });
});
