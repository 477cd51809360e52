import { resolve } from 'node:path';
import type { AppConfig, CognitoMode } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';
import type { IdentityProvider, PoolDescription } from '../../identity-provider/identity-provider';
import { loadAttributePolicy } from '../../attribute-policy';
import { VerificationSettings } from './verification-settings';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));

function settings(mode: CognitoMode, describePool: () => Promise<Partial<PoolDescription>>) {
  const idp = { describePool } as unknown as IdentityProvider;
  const config = { cognito: { mode } } as AppConfig;
  return new VerificationSettings(idp, policy, config);
}

describe('VerificationSettings', () => {
  it('aws mode: trusts DescribeUserPool and asks once', async () => {
    const describePool = jest.fn().mockResolvedValue({
      attributesRequireVerificationBeforeUpdate: ['phone_number'],
    });
    const s = settings('aws', describePool);
    const rules = await s.rules();
    await s.rules();
    expect(describePool).toHaveBeenCalledTimes(1);
    expect([...rules.verifiable].sort()).toEqual(['email', 'phone_number']);
    expect(rules.pendingPossible('phone_number')).toBe(true);
    expect(rules.pendingPossible('email')).toBe(false);
  });

  it('aws mode: when DescribeUserPool fails, any verifiable attribute may be pending', async () => {
    const s = settings('aws', () => Promise.reject(new AppError('forbidden')));
    const rules = await s.rules();
    expect(rules.pendingPossible('email')).toBe(true);
    expect(rules.pendingPossible('phone_number')).toBe(true);
    expect(rules.pendingPossible('name')).toBe(false);
  });

  it('local mode: uses the seeded pool (email only), never asking the emulator', async () => {
    const describePool = jest.fn();
    const rules = await settings('local', describePool).rules();
    expect(describePool).not.toHaveBeenCalled();
    expect(rules.pendingPossible('email')).toBe(true);
    expect(rules.pendingPossible('phone_number')).toBe(false);
  });

  it('emulator mode: unknown, because cognito-local leaves the setting out', async () => {
    const describePool = jest
      .fn()
      .mockResolvedValue({ attributesRequireVerificationBeforeUpdate: [] });
    const rules = await settings('emulator', describePool).rules();
    expect(describePool).not.toHaveBeenCalled();
    expect(rules.pendingPossible('phone_number')).toBe(true);
  });
});
