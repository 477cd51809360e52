import { Module } from '@nestjs/common';
import { AuditModule } from '../common/audit/audit.module';
import { IdentityProviderModule } from '../identity-provider/identity-provider.module';
import { PendingChangesModule } from '../pending-changes';
import { AdminAttributesController } from './admin-attributes.controller';
import { AdminAttributesService } from './admin-attributes.service';
import { AdminGroupGuard } from './admin-group.guard';
import { AdminUserResolver } from './admin-user-resolver';
import { attributePolicyProvider, ATTRIBUTE_POLICY } from './attribute-policy.provider';
import { AttributeVerificationService } from './attribute-verification.service';
import { AttributeWriter } from './attribute-writer';
import { AttributesService } from './attributes.service';
import { MeAttributesController } from './me-attributes.controller';
import { VerificationSettings } from './verification-settings';

@Module({
  imports: [IdentityProviderModule, AuditModule, PendingChangesModule],
  controllers: [MeAttributesController, AdminAttributesController],
  providers: [
    attributePolicyProvider,
    AttributesService,
    AttributeWriter,
    AttributeVerificationService,
    VerificationSettings,
    AdminAttributesService,
    AdminUserResolver,
    AdminGroupGuard,
  ],
  exports: [ATTRIBUTE_POLICY, AttributesService],
})
export class AttributesModule {}
