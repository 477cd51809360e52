import { Module } from '@nestjs/common';
import { IdentityProviderModule } from '../identity-provider/identity-provider.module';
import { attributePolicyProvider, ATTRIBUTE_POLICY } from './attribute-policy.provider';
import { AttributesService } from './attributes.service';
import { MeAttributesController } from './me-attributes.controller';

@Module({
  imports: [IdentityProviderModule],
  controllers: [MeAttributesController],
  providers: [attributePolicyProvider, AttributesService],
  exports: [ATTRIBUTE_POLICY, AttributesService],
})
export class AttributesModule {}
