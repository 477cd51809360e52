import { Inject, Injectable, Logger } from '@nestjs/common';
import { PoolSettings } from '../../identity-provider/pool-settings';
import { ATTRIBUTE_POLICY, type AttributePolicy, verificationFor } from '../../attribute-policy';

/** Which attributes need a code, as far as the policy and the pool say. */
export interface VerificationRules {
  /** Attributes whose change sends a code: a verification channel in the policy, or the pool's list. */
  verifiable: ReadonlySet<string>;
  /** Whether the pool may hold an invisible pending change of `name` (verify before update). */
  pendingPossible(name: string): boolean;
}

/**
 * The pool's `AttributesRequireVerificationBeforeUpdate`, which decides whether a pending change
 * may exist, from the pool's settings. When unknown (the provider does not report it, or the pool
 * cannot be described, e.g. the IAM role lacks cognito-idp:DescribeUserPool), every verifiable
 * attribute is assumed to possibly have a pending change: that only makes the "nothing to verify"
 * check more lenient, and never lets a write through.
 */
@Injectable()
export class VerificationSettings {
  private readonly logger = new Logger(VerificationSettings.name);
  private readonly policyVerifiable: ReadonlySet<string>;
  /** Warn once per outage, not on every request while the pool cannot be described. */
  private warned = false;

  constructor(
    private readonly pool: PoolSettings,
    @Inject(ATTRIBUTE_POLICY) policy: AttributePolicy,
  ) {
    this.policyVerifiable = new Set(
      [...policy.attributes.keys()].filter((name) => verificationFor(policy, name) !== 'none'),
    );
  }

  async rules(): Promise<VerificationRules> {
    const listed = await this.requireBeforeUpdate();
    const requireBeforeUpdate = listed && new Set(listed);
    const verifiable = new Set([...this.policyVerifiable, ...(listed ?? [])]);
    return {
      verifiable,
      pendingPossible: (name) =>
        requireBeforeUpdate ? requireBeforeUpdate.has(name) : verifiable.has(name),
    };
  }

  private async requireBeforeUpdate(): Promise<readonly string[] | undefined> {
    try {
      const pool = await this.pool.get();
      this.warned = false;
      return pool.attributesRequireVerificationBeforeUpdate;
    } catch (error) {
      if (!this.warned) {
        this.warned = true;
        this.logger.warn(
          { problem: (error as { code?: string }).code },
          'could not read the pool settings; assuming every verifiable attribute may be pending',
        );
      }
      return undefined;
    }
  }
}
