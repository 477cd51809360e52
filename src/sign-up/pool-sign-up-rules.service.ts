import { Injectable } from '@nestjs/common';
import { IdentityProvider } from '../identity-provider/identity-provider';
import type { PasswordPolicy } from './password-policy';

/** What sign-up needs to know about the pool, read from DescribeUserPool. */
export interface PoolSignUpRules {
  /** `email` and/or `phone_number` when users sign in by those; empty for free usernames. */
  usernameAttributes: string[];
  passwordPolicy?: PasswordPolicy;
}

/**
 * Reads the pool's sign-up rules once and keeps them for the life of the process (a pool's
 * password policy and username attributes change rarely; restart to pick up a change). A failed
 * read is not kept: the next sign-up tries again.
 */
@Injectable()
export class PoolSignUpRulesService {
  private cached?: Promise<PoolSignUpRules>;

  constructor(private readonly idp: IdentityProvider) {}

  get(): Promise<PoolSignUpRules> {
    if (this.cached) return this.cached;
    const reading = this.idp.describePool().then((pool) => ({
      usernameAttributes: pool.usernameAttributes,
      passwordPolicy: pool.passwordPolicy,
    }));
    this.cached = reading;
    reading.catch(() => {
      if (this.cached === reading) this.cached = undefined;
    });
    return reading;
  }
}
