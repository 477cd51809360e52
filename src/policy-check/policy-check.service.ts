import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ATTRIBUTE_POLICY, type AttributePolicy } from '../attribute-policy';
import { AppError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PoolSettings } from '../identity-provider/pool-settings';
import { comparePolicyWithPool, PolicyDrift } from './policy-drift';
import { describeDrift, driftReportHeading, DriftReportSubject } from './policy-drift-report';

/**
 * Compares the attribute policy with the user pool and its app client once the app is up, and
 * logs one warning per mismatch. It never holds up or fails start-up: the pool may be briefly
 * unreachable, or the credentials may lack cognito-idp:DescribeUserPool(Client); either is
 * logged and the service runs on.
 */
@Injectable()
export class PolicyCheckService implements OnApplicationBootstrap {
  private readonly logger = new Logger('PolicyCheck');
  /** The start-up comparison (undefined inside when the pool could not be described). */
  startupCheck: Promise<PolicyDrift[] | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly pool: PoolSettings,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: a slow or unreachable Cognito must not delay listening.
    this.startupCheck = this.checkAndLog();
  }

  /** The mismatches with the pool's settings (DescribeUserPool / DescribeUserPoolClient). */
  async check(): Promise<PolicyDrift[]> {
    return comparePolicyWithPool(this.policy, await this.pool.get(), {
      clientId: this.config.cognito.clientId,
      selfServiceWrites: this.config.selfServiceWrites,
    });
  }

  get subject(): DriftReportSubject {
    const { cognito, policyFile } = this.config;
    return {
      policyFile,
      userPoolId: cognito.userPoolId,
      clientId: cognito.clientId,
      mode: cognito.mode,
    };
  }

  private async checkAndLog(): Promise<PolicyDrift[] | undefined> {
    let drifts: PolicyDrift[];
    try {
      drifts = await this.check();
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'internal-error';
      this.logger.warn(
        `could not compare the attribute policy with user pool ${this.config.cognito.userPoolId} ` +
          `(${code}); check it later with npm run policy:check`,
      );
      return undefined;
    }
    const heading = driftReportHeading(this.subject, drifts.length);
    if (drifts.length === 0) this.logger.log(heading);
    for (const drift of drifts) this.logger.warn(`policy drift: ${describeDrift(drift)}`);
    return drifts;
  }
}
