import { Module } from '@nestjs/common';
import { AttributesModule } from '../attributes/attributes.module';
import { PolicyCheckService } from './policy-check.service';

/** The start-up comparison of the attribute policy with the user pool (see policy-drift.ts). */
@Module({
  imports: [AttributesModule],
  providers: [PolicyCheckService],
  exports: [PolicyCheckService],
})
export class PolicyCheckModule {}
