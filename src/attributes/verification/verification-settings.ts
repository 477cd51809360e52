import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig, CognitoMode } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { IdentityProvider } from '../../identity-provider/identity-provider';
import { buildUserPoolOptions } from '../../local-cognito/seed';
import { ATTRIBUTE_POLICY, type AttributePolicy, verificationFor } from '../../attribute-policy';

/** Which attributes need a code, as far as the policy and the pool say. */
export interface VerificationRules {
  /** Attributes whose change sends a code: a verification channel in the policy, or the pool's list. */
  verifiable: ReadonlySet<string>;
  /** Whether the pool may hold an invisible pending change of `name` (verify before update). */
  pendingPossible(name: string): boolean;
}

const KNOWN_FOR_MS = 10 * 60 * 1000;
const UNKNOWN_FOR_MS = 60 * 1000;

/**
 * The pool's `AttributesRequireVerificationBeforeUpdate`, which decides whether a pending change
 * may exist. Where it comes from depends on the mode:
 * - aws: DescribeUserPool, read once and cached;
 * - local: the pool the BFF seeded itself (cognito-local enforces the setting but leaves it out
 *   of DescribeUserPool, so asking would wrongly say "none");
 * - emulator: unknown, for the same reason.
 * When unknown (or DescribeUserPool fails, e.g. the IAM role lacks cognito-idp:DescribeUserPool),
 * every verifiable attribute is assumed to possibly have a pending change: that only makes the
 * "nothing to verify" check more lenient, and never lets a write through.
 */
@Injectable()
export class VerificationSettings {
  private readonly logger = new Logger(VerificationSettings.name);
  private readonly policyVerifiable: ReadonlySet<string>;
  private readonly mode: CognitoMode;
  private cached?: { requireBeforeUpdate?: ReadonlySet<string>; until: number };
  private loading?: Promise<ReadonlySet<string> | undefined>;

  constructor(
    private readonly idp: IdentityProvider,
    @Inject(ATTRIBUTE_POLICY) policy: AttributePolicy,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.mode = config.cognito.mode;
    this.policyVerifiable = new Set(
      [...policy.attributes.keys()].filter((name) => verificationFor(policy, name) !== 'none'),
    );
  }

  async rules(): Promise<VerificationRules> {
    const requireBeforeUpdate = await this.requireBeforeUpdate();
    const verifiable = new Set([...this.policyVerifiable, ...(requireBeforeUpdate ?? [])]);
    return {
      verifiable,
      pendingPossible: (name) =>
        requireBeforeUpdate ? requireBeforeUpdate.has(name) : verifiable.has(name),
    };
  }

  private async requireBeforeUpdate(): Promise<ReadonlySet<string> | undefined> {
    if (this.cached && this.cached.until > Date.now()) return this.cached.requireBeforeUpdate;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<ReadonlySet<string> | undefined> {
    if (this.mode === 'local') return this.remember(seededRequireBeforeUpdate());
    if (this.mode === 'emulator') return this.remember(undefined);
    try {
      const pool = await this.idp.describePool();
      return this.remember(new Set(pool.attributesRequireVerificationBeforeUpdate));
    } catch (error) {
      this.logger.warn(
        { problem: (error as { code?: string }).code },
        'could not read the pool settings; assuming every verifiable attribute may be pending',
      );
      this.cached = { until: Date.now() + UNKNOWN_FOR_MS };
      return undefined;
    }
  }

  private remember(names: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
    this.cached = { requireBeforeUpdate: names, until: Date.now() + KNOWN_FOR_MS };
    return names;
  }
}

function seededRequireBeforeUpdate(): ReadonlySet<string> {
  const settings = buildUserPoolOptions(new Date(0).toISOString()).UserAttributeUpdateSettings as
    { AttributesRequireVerificationBeforeUpdate?: string[] } | undefined;
  return new Set(settings?.AttributesRequireVerificationBeforeUpdate ?? []);
}
