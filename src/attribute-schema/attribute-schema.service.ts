import { Inject, Injectable } from '@nestjs/common';
import { ATTRIBUTE_POLICY, type AttributePolicy, describePolicy } from '../attribute-policy';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AttributeSchemaResponseDto } from './dto/attribute-schema.dto';

@Injectable()
export class AttributeSchemaService {
  private readonly schema: AttributeSchemaResponseDto;

  constructor(
    @Inject(ATTRIBUTE_POLICY) policy: AttributePolicy,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // The policy is read once at start-up and frozen, so the schema never changes while we run.
    const { maxAgeSeconds } = config.stepUp;
    const attributes = describePolicy(policy, 'self').map((entry) => ({
      ...entry,
      // STEP_UP_MAX_AGE_SECONDS=0 turns the rule off, whatever the policy marks.
      stepUp:
        policy.attributes.get(entry.name)?.stepUp === true &&
        maxAgeSeconds > 0 &&
        (entry.writable || entry.deletable),
    }));
    this.schema = { attributes, stepUp: { maxAgeSeconds } };
  }

  /** The public schema: what the signed-in user and sign-up may do with each attribute. */
  describe(): AttributeSchemaResponseDto {
    return this.schema;
  }
}
