import { Injectable } from '@nestjs/common';
import { IdentityProvider, PoolDescription } from './identity-provider';

/**
 * How long the pool's settings are kept. A pool's password policy, username attributes, case
 * sensitivity and verification settings change rarely; a change is picked up within this time,
 * without a restart.
 */
export const POOL_SETTINGS_TTL_MS = 10 * 60 * 1000;

/**
 * The user pool's settings (DescribeUserPool + DescribeUserPoolClient), the one cached copy that
 * sign-up, verification, the admin user lookup and the start-up policy check all read. Callers
 * arriving while a read runs share it; a failed read is not kept, so the next caller asks again.
 */
@Injectable()
export class PoolSettings {
  private entry?: { reading: Promise<PoolDescription>; until?: number };

  constructor(private readonly idp: IdentityProvider) {}

  get(): Promise<PoolDescription> {
    const current = this.entry;
    // `until` is unset while the read runs: later callers join it.
    if (current && (current.until === undefined || current.until > Date.now())) {
      return current.reading;
    }
    const entry: { reading: Promise<PoolDescription>; until?: number } = {
      reading: this.idp.describePool(),
    };
    this.entry = entry;
    entry.reading.then(
      () => (entry.until = Date.now() + POOL_SETTINGS_TTL_MS),
      () => {
        if (this.entry === entry) this.entry = undefined;
      },
    );
    return entry.reading;
  }
}
