import { resolve } from 'node:path';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CallerConfirmation } from '../../auth/caller-confirmation';
import type { AttributesCache } from '../../cache/attributes-cache';
import { MemoryAttributesCache } from '../../cache/memory-attributes-cache';
import type { AuditLogger } from '../../common/audit/audit-logger';
import type { AppConfig } from '../../config/app-config';
import type { IdentityProvider } from '../../identity-provider/identity-provider';
import type { PendingChangesService } from '../../pending-changes';
import type { AttributeWriter } from '../writes/attribute-writer';
import { AttributesService } from './attributes.service';
import { loadAttributePolicy } from '../../attribute-policy';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));
const user = (token: string): AuthenticatedUser => ({
  sub: 's-1',
  username: 's-1',
  clientId: 'c1',
  groups: [],
  scopes: [],
  expiresAt: 0,
  accessToken: token,
});

/** readOwn's confirmation of the token, against a real in-memory cache and a counted GetUser. */
function setup(cache: AttributesCache) {
  const getUser = jest.fn(async (token: string) => ({
    username: 's-1',
    attributes: { sub: 's-1', name: `read with ${token}` },
  }));
  const idp = { getUser } as unknown as IdentityProvider;
  const config = { auth: { revocationWindowMs: 5_000 } } as AppConfig;
  const service = new AttributesService(
    idp,
    policy,
    {} as AttributeWriter,
    {} as AuditLogger,
    cache,
    // No pending changes: readOwn's confirmation is what this spec is about.
    { viewForRead: async () => ({}) } as unknown as PendingChangesService,
    config,
    new CallerConfirmation(idp, config),
  );
  return { service, getUser };
}

describe('AttributesService.readOwn', () => {
  it("confirms each token once per window; the confirmation's GetUser refreshes the entry", async () => {
    const { service, getUser } = setup(
      new MemoryAttributesCache({ ttlMs: 30_000, maxEntries: 100 }),
    );
    expect((await service.readOwn(user('t1'))).attributes.name).toBe('read with t1');
    expect((await service.readOwn(user('t1'))).attributes.name).toBe('read with t1');
    expect(getUser).toHaveBeenCalledTimes(1);
    // Another session of the same user: its token is confirmed too, and refreshes the entry.
    expect((await service.readOwn(user('t2'))).attributes.name).toBe('read with t2');
    expect((await service.readOwn(user('t1'))).attributes.name).toBe('read with t2');
    expect(getUser).toHaveBeenCalledTimes(2);
  });

  it('confirms its own token when another load got in first', async () => {
    const cache = new MemoryAttributesCache({ ttlMs: 30_000, maxEntries: 100 });
    const { service, getUser } = setup(cache);
    // A read with t2 is loading when t1's confirmation starts, and t1 joins it.
    const original = cache.get.bind(cache);
    jest
      .spyOn(cache, 'get')
      .mockImplementationOnce((sub) => original(sub, async () => (await getUser('t2')).attributes));
    await service.readOwn(user('t1'));
    expect(getUser.mock.calls.map(([token]) => token)).toEqual(['t2', 't1']);
  });

  it('answers from Cognito, storing nothing, when the cache cannot be invalidated', async () => {
    const cache = new MemoryAttributesCache({ ttlMs: 30_000, maxEntries: 100 });
    jest.spyOn(cache, 'invalidate').mockRejectedValue(new Error('redis down'));
    const { service, getUser } = setup(cache);
    expect((await service.readOwn(user('t1'))).attributes.name).toBe('read with t1');
    expect(getUser).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(0);
  });
});
