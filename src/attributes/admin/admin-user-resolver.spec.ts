import { AppError } from '../../common/errors/app-error';
import type { AdminUserRecord, IdentityProvider } from '../../identity-provider/identity-provider';
import { PoolSettings } from '../../identity-provider/pool-settings';
import { AdminUserResolver } from './admin-user-resolver';

const SUB = '7d9f1c2e-0b1a-4c3d-9e8f-0123456789ab';
const record = (username: string): AdminUserRecord => ({
  username,
  attributes: { sub: SUB, email: 'ada@example.com' },
  enabled: true,
});

/** A pool where only the username itself works with AdminGetUser (no alias, no sub). */
function provider(found: Record<string, string>, usernameCaseSensitive?: boolean) {
  const idp = {
    adminGetUser: jest.fn((username: string) =>
      username === 'ada'
        ? Promise.resolve(record('ada'))
        : Promise.reject(new AppError('user-not-found')),
    ),
    findUsername: jest.fn((attribute: string, value: string) =>
      Promise.resolve(found[`${attribute}=${value}`]),
    ),
    describePool: jest.fn(() => Promise.resolve({ usernameCaseSensitive })),
  };
  const port = idp as unknown as IdentityProvider;
  return { idp, resolver: new AdminUserResolver(port, new PoolSettings(port)) };
}

describe('AdminUserResolver', () => {
  it('tries the username first', async () => {
    const { idp, resolver } = provider({});
    await expect(resolver.resolve('ada')).resolves.toMatchObject({ username: 'ada' });
    expect(idp.findUsername).not.toHaveBeenCalled();
  });

  it('then an email alias', async () => {
    const { idp, resolver } = provider({ 'email=ada@example.com': 'ada' });
    await expect(resolver.resolve('ada@example.com')).resolves.toMatchObject({ username: 'ada' });
    expect(idp.findUsername).toHaveBeenCalledWith('email', 'ada@example.com');
  });

  it('then a sub', async () => {
    const { idp, resolver } = provider({ [`sub=${SUB}`]: 'ada' });
    await expect(resolver.resolve(SUB)).resolves.toMatchObject({ username: 'ada' });
    expect(idp.findUsername).toHaveBeenCalledWith('sub', SUB);
    expect(idp.findUsername).not.toHaveBeenCalledWith('email', expect.anything());
  });

  it('404 when nothing matches, and for what cannot be a username', async () => {
    const { idp, resolver } = provider({});
    await expect(resolver.resolve('nobody')).rejects.toMatchObject({ code: 'user-not-found' });
    await expect(resolver.resolve('a b')).rejects.toMatchObject({ code: 'user-not-found' });
    await expect(resolver.resolve('x'.repeat(129))).rejects.toMatchObject({
      code: 'user-not-found',
    });
    expect(idp.adminGetUser).toHaveBeenCalledTimes(1);
  });

  it('passes other upstream errors through', async () => {
    const { idp, resolver } = provider({});
    idp.adminGetUser.mockRejectedValueOnce(new AppError('upstream-unavailable'));
    await expect(resolver.resolve('ada')).rejects.toMatchObject({ code: 'upstream-unavailable' });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'CONSTRUCTOR'])(
    '400 for %s, before any lookup',
    async (name) => {
      const { idp, resolver } = provider({});
      await expect(resolver.resolve(name)).rejects.toMatchObject({ code: 'validation-failed' });
      expect(idp.adminGetUser).not.toHaveBeenCalled();
      expect(idp.findUsername).not.toHaveBeenCalled();
      expect(idp.describePool).not.toHaveBeenCalled();
    },
  );

  it('retries lower-cased in a case-insensitive pool, reading the pool once', async () => {
    const { idp, resolver } = provider({ 'email=ada@example.com': 'ada' }, false);
    await expect(resolver.resolve('ADA')).resolves.toMatchObject({ username: 'ada' });
    await expect(resolver.resolve('Ada@Example.COM')).resolves.toMatchObject({ username: 'ada' });
    expect(idp.findUsername).toHaveBeenCalledWith('email', 'ada@example.com');
    expect(idp.describePool).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['says so', true],
    ['does not say (Cognito: case-sensitive)', undefined],
  ])('matches exactly when the pool %s', async (_what, caseSensitive) => {
    const { idp, resolver } = provider({ 'email=ada@example.com': 'ada' }, caseSensitive);
    await expect(resolver.resolve('ADA')).rejects.toMatchObject({ code: 'user-not-found' });
    await expect(resolver.resolve('Ada@Example.COM')).rejects.toMatchObject({
      code: 'user-not-found',
    });
    expect(idp.adminGetUser).not.toHaveBeenCalledWith('ada');
  });

  it('asks for the pool again after a failed read', async () => {
    const { idp, resolver } = provider({}, false);
    idp.describePool.mockRejectedValueOnce(new AppError('upstream-unavailable'));
    await expect(resolver.resolve('ADA')).rejects.toMatchObject({ code: 'upstream-unavailable' });
    await expect(resolver.resolve('ADA')).resolves.toMatchObject({ username: 'ada' });
    expect(idp.describePool).toHaveBeenCalledTimes(2);
  });
});
