import { Module } from '@nestjs/common';
import { attributePolicyProvider, ATTRIBUTE_POLICY } from './attribute-policy.provider';

/**
 * The validated attribute policy (POLICY_FILE), loaded once at start-up. Self-service, admin,
 * sign-up, the schema route and the policy check import this module, not each other.
 */
@Module({
  providers: [attributePolicyProvider],
  exports: [ATTRIBUTE_POLICY],
})
export class AttributePolicyModule {}
