import { Inject, Injectable } from '@nestjs/common';
import { ATTRIBUTE_POLICY } from '../attributes/attribute-policy.provider';
import { describePolicy } from '../attributes/policy/attribute-policy';
import type { AttributePolicy } from '../attributes/policy/attribute-policy.types';
import type { AttributeSchemaResponseDto } from './dto/attribute-schema.dto';

@Injectable()
export class AttributeSchemaService {
  private readonly schema: AttributeSchemaResponseDto;

  constructor(@Inject(ATTRIBUTE_POLICY) policy: AttributePolicy) {
    // The policy is read once at start-up and frozen, so the schema never changes while we run.
    this.schema = { attributes: describePolicy(policy, 'self') };
  }

  /** The public schema: what the signed-in user and sign-up may do with each attribute. */
  describe(): AttributeSchemaResponseDto {
    return this.schema;
  }
}
