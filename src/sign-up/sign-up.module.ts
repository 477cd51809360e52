import { Module } from '@nestjs/common';
import { AttributePolicyModule } from '../attribute-policy';
import { AuditModule } from '../common/audit/audit.module';
import { SignUpController } from './sign-up.controller';
import { SignUpService } from './sign-up.service';

/** `POST /sign-up`, `/sign-up/confirm`, `/sign-up/resend-code` (public). */
@Module({
  imports: [AttributePolicyModule, AuditModule],
  controllers: [SignUpController],
  providers: [SignUpService],
})
export class SignUpModule {}
