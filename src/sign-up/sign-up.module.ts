import { Module } from '@nestjs/common';
import { AttributePolicyModule } from '../attribute-policy';
import { AuditModule } from '../common/audit/audit.module';
import { PoolSignUpRulesService } from './pool-sign-up-rules.service';
import { SignUpController } from './sign-up.controller';
import { SignUpService } from './sign-up.service';

/** `POST /sign-up`, `/sign-up/confirm`, `/sign-up/resend-code` (public). */
@Module({
  imports: [AttributePolicyModule, AuditModule],
  controllers: [SignUpController],
  providers: [SignUpService, PoolSignUpRulesService],
})
export class SignUpModule {}
