import type { AttributesCache } from '../../cache/attributes-cache';
import { forgetIfStale } from './cache-freshness';
import type { AttributePolicy } from '../../attribute-policy';
import type {
  Attributes,
  ClientMetadata,
  CodeDeliveryDetails,
  IdentityProvider,
} from '../../identity-provider/identity-provider';

/**
 * Whose attributes a write goes to, and through which Cognito calls: the caller's own (with
 * their access token) or any user's (admin calls with the service's credentials). The writer
 * applies the same rules to both.
 */
export interface AttributeTarget {
  /** Everything Cognito holds for the user now, unfiltered. */
  read(): Promise<Attributes>;
  update(attributes: Attributes, clientMetadata?: ClientMetadata): Promise<CodeDeliveryDetails[]>;
  delete(names: string[]): Promise<void>;
}

/**
 * One per request. Its read (GetUser with the token) also names the user, so a write sent through
 * the Admin API (SELF_SERVICE_WRITES=admin) right after it needs no GetUser of its own.
 */
export function selfTarget(idp: IdentityProvider, accessToken: string): AttributeTarget {
  let confirmedUsername: string | undefined;
  return {
    read: async () => {
      const user = await idp.getUser(accessToken);
      confirmedUsername = user.username;
      return user.attributes;
    },
    update: (attributes, clientMetadata) =>
      idp.updateUserAttributes(accessToken, attributes, clientMetadata, confirmedUsername),
    delete: (names) => idp.deleteUserAttributes(accessToken, names, confirmedUsername),
  };
}

/** AdminUpdateUserAttributes reports no code deliveries, so admin writes return none. */
export function adminTarget(idp: IdentityProvider, username: string): AttributeTarget {
  return {
    read: async () => (await idp.adminGetUser(username)).attributes,
    update: async (attributes, clientMetadata) => {
      await idp.adminUpdateUserAttributes(username, attributes, clientMetadata);
      return [];
    },
    delete: (names) => idp.adminDeleteUserAttributes(username, names),
  };
}

/**
 * Read-your-writes: the target's writes run through the attributes cache, which invalidates the
 * user's entry (on every instance, with Redis) before and after the upstream call, so the next
 * read of `sub` anywhere goes to Cognito. Its reads (always upstream) drop a cached entry that no
 * longer matches, so a 412 is never followed by a GET that still serves the old ETag.
 */
export function withReadYourWrites(
  target: AttributeTarget,
  cache: AttributesCache,
  sub: string,
  policy: AttributePolicy,
): AttributeTarget {
  return {
    read: async () => {
      const fresh = await target.read();
      await forgetIfStale(cache, policy, sub, fresh);
      return fresh;
    },
    update: (attributes, clientMetadata) =>
      cache.mutate(sub, () => target.update(attributes, clientMetadata)),
    delete: (names) => cache.mutate(sub, () => target.delete(names)),
  };
}
