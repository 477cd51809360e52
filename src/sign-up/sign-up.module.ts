import { Module } from '@nestjs/common';
import { AttributesModule } from '../attributes/attributes.module';
import { AuditModule } from '../common/audit/audit.module';
import { PoolSignUpRulesService } from './pool-sign-up-rules.service';
import { SignUpController } from './sign-up.controller';
import { SignUpService } from './sign-up.service';

/** `POST /sign-up`, `/sign-up/confirm`, `/sign-up/resend-code` (public). */
@Module({
  imports: [AttributesModule, AuditModule],
  controllers: [SignUpController],
  providers: [SignUpService, PoolSignUpRulesService],
})
export class SignUpModule {}
