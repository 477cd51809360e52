import { AppError } from '../common/errors/app-error';
import type { IdentityProvider, PoolDescription } from './identity-provider';
import { POOL_SETTINGS_TTL_MS, PoolSettings } from './pool-settings';

const POOL = { usernameAttributes: ['email'] } as unknown as PoolDescription;

function settingsWith(describePool: jest.Mock) {
  return new PoolSettings({ describePool } as unknown as IdentityProvider);
}

describe('PoolSettings', () => {
  afterEach(() => jest.useRealTimers());

  it('reads the pool once for concurrent and later callers', async () => {
    const describePool = jest.fn().mockResolvedValue(POOL);
    const pool = settingsWith(describePool);
    const [a, b] = await Promise.all([pool.get(), pool.get()]);
    expect(await pool.get()).toBe(POOL);
    expect(a).toBe(POOL);
    expect(b).toBe(POOL);
    expect(describePool).toHaveBeenCalledTimes(1);
  });

  it('reads again once the lifetime has passed', async () => {
    jest.useFakeTimers({ now: 0 });
    const describePool = jest.fn().mockResolvedValue(POOL);
    const pool = settingsWith(describePool);
    await pool.get();
    jest.setSystemTime(POOL_SETTINGS_TTL_MS - 1);
    await pool.get();
    expect(describePool).toHaveBeenCalledTimes(1);
    jest.setSystemTime(POOL_SETTINGS_TTL_MS + 1);
    await pool.get();
    expect(describePool).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read: callers during it share the failure, the next one asks again', async () => {
    const outage = new AppError('upstream-unavailable');
    const describePool = jest.fn().mockRejectedValueOnce(outage).mockResolvedValue(POOL);
    const pool = settingsWith(describePool);
    const during = [pool.get(), pool.get()];
    await expect(during[0]).rejects.toBe(outage);
    await expect(during[1]).rejects.toBe(outage);
    expect(await pool.get()).toBe(POOL);
    expect(describePool).toHaveBeenCalledTimes(2);
  });
});
