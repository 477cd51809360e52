import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { isObjectPrototypeKey } from '../../common/json/prototype-keys';
import { AdminUserRecord, IdentityProvider } from '../../identity-provider/identity-provider';
import { PoolSettings } from '../../identity-provider/pool-settings';

/** Cognito usernames: 1–128 letters, marks, symbols, digits or punctuation. */
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the user an admin route names: `:username` is tried as the username first (AdminGetUser
 * itself also accepts aliases and the sub in most pools), then as an email alias, then as a sub
 * (ListUsers with a filter). In a case-insensitive pool (DescribeUserPool
 * `UsernameConfiguration.CaseSensitive: false`) a miss is retried lower-cased, the form usernames,
 * emails and subs are stored in. The record returned carries the canonical username.
 */
@Injectable()
export class AdminUserResolver {
  constructor(
    private readonly idp: IdentityProvider,
    private readonly pool: PoolSettings,
  ) {}

  async resolve(identifier: string): Promise<AdminUserRecord> {
    // cognito-local's store answers `__proto__` as a username with `{}`: no lookup may ever see
    // such a name, in any case, since a case-insensitive pool would lower-case it too.
    if (isObjectPrototypeKey(identifier, { ignoreCase: true })) {
      throw new AppError('validation-failed', {
        detail: 'That name is reserved and never names a user.',
      });
    }
    if (!USERNAME.test(identifier)) throw notFound();
    const found = await this.lookup(identifier);
    if (found) return found;
    const lower = identifier.toLowerCase();
    if (lower !== identifier && !(await this.poolIsCaseSensitive())) {
      const again = await this.lookup(lower);
      if (again) return again;
    }
    throw notFound();
  }

  private async lookup(identifier: string): Promise<AdminUserRecord | undefined> {
    const direct = await this.tryGet(identifier);
    if (direct) return direct;
    const lookups: Array<'email' | 'sub'> = [];
    if (identifier.includes('@')) lookups.push('email');
    if (UUID.test(identifier)) lookups.push('sub');
    for (const attribute of lookups) {
      const username = await this.idp.findUsername(attribute, identifier);
      const record = username === undefined ? undefined : await this.tryGet(username);
      if (record) return record;
    }
    return undefined;
  }

  private async poolIsCaseSensitive(): Promise<boolean> {
    return (await this.pool.get()).usernameCaseSensitive ?? true;
  }

  private async tryGet(username: string): Promise<AdminUserRecord | undefined> {
    try {
      return await this.idp.adminGetUser(username);
    } catch (error) {
      if (error instanceof AppError && error.code === 'user-not-found') return undefined;
      throw error;
    }
  }
}

function notFound(): AppError {
  return new AppError('user-not-found', { detail: 'No user has that username, email or sub.' });
}
