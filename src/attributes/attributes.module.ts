import { Module } from '@nestjs/common';
import { AuditModule } from '../common/audit/audit.module';
import { IdentityProviderModule } from '../identity-provider/identity-provider.module';
import { PendingChangesModule } from '../pending-changes';
import { AdminAttributesController } from './admin/admin-attributes.controller';
import { AdminAttributesService } from './admin/admin-attributes.service';
import { AdminGroupGuard } from './admin/admin-group.guard';
import { AdminUserResolver } from './admin/admin-user-resolver';
import { AttributePolicyModule } from '../attribute-policy';
import { AttributeVerificationService } from './verification/attribute-verification.service';
import { AttributeWriter } from './writes/attribute-writer';
import { AttributesService } from './self-service/attributes.service';
import { MeAttributesController } from './self-service/me-attributes.controller';
import { VerificationSettings } from './verification/verification-settings';

@Module({
  imports: [AttributePolicyModule, IdentityProviderModule, AuditModule, PendingChangesModule],
  controllers: [MeAttributesController, AdminAttributesController],
  providers: [
    AttributesService,
    AttributeWriter,
    AttributeVerificationService,
    VerificationSettings,
    AdminAttributesService,
    AdminUserResolver,
    AdminGroupGuard,
  ],
  // Registered as a global guard, in order, by src/app.module.ts.
  exports: [AdminGroupGuard],
})
export class AttributesModule {}
