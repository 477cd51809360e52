import { Module } from '@nestjs/common';
import { AttributePolicyModule } from '../attribute-policy';
import { PolicyCheckService } from './policy-check.service';

/** The start-up comparison of the attribute policy with the user pool (see policy-drift.ts). */
@Module({
  imports: [AttributePolicyModule],
  providers: [PolicyCheckService],
  exports: [PolicyCheckService],
})
export class PolicyCheckModule {}
