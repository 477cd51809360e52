import { Inject, Injectable, Logger } from '@nestjs/common';
import { maskDestination } from '../common/code-delivery/mask-destination';
import { AppError } from '../common/errors/app-error';
import type {
  Attributes,
  ClientMetadata,
  CodeDeliveryDetails,
} from '../identity-provider/identity-provider';
import { ATTRIBUTE_POLICY } from './attribute-policy.provider';
import { assertDeletable, assertUpdatable } from './attribute-request-checks';
import type { AttributeTarget } from './attribute-target';
import {
  describeUpdateResults,
  planAttributeUpdate,
  undoPlainUpdate,
  UpdatePlan,
} from './attribute-update-plan';
import { attributesEtag } from './attributes-etag';
import type { UpdateAttributesDto } from './dto/update-attributes.dto';
import type { UpdateAttributesResponseDto } from './dto/update-attributes-response.dto';
import { assertIfMatch, EtagResult } from './etag-result';
import { readableAttributes } from './policy/attribute-policy';
import type { AttributePolicy, PolicyAudience } from './policy/attribute-policy.types';
import { VerificationSettings } from './verification-settings';

/** A write to one user, by one audience. `current` saves a read when the caller already has it. */
export interface WriteContext {
  target: AttributeTarget;
  audience: PolicyAudience;
  ifMatch?: string;
  current?: Attributes;
}

/** The one implementation of PATCH and DELETE semantics, for /me and for admins. */
@Injectable()
export class AttributeWriter {
  private readonly logger = new Logger(AttributeWriter.name);

  constructor(
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly verification: VerificationSettings,
  ) {}

  async update(
    ctx: WriteContext,
    body: UpdateAttributesDto,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    assertUpdatable(this.policy, body.attributes, ctx.audience);
    const before = ctx.current ?? (await ctx.target.read());
    assertIfMatch(ctx.ifMatch, this.etagOf(before, ctx.audience));
    const { verifiable } = await this.verification.rules();
    const plan = planAttributeUpdate(body.attributes, before, verifiable);
    const deliveries = await this.send(ctx.target, plan, before, body.clientMetadata);
    const after = await ctx.target.read();
    return new EtagResult(
      {
        attributes: describeUpdateResults(
          body.attributes,
          after,
          deliveries.map(maskDestination),
          verifiable,
        ),
      },
      this.etagOf(after, ctx.audience),
    );
  }

  async delete(ctx: WriteContext, names: string[]): Promise<EtagResult<undefined>> {
    assertDeletable(this.policy, names, ctx.audience);
    if (ctx.ifMatch !== undefined) {
      const before = ctx.current ?? (await ctx.target.read());
      assertIfMatch(ctx.ifMatch, this.etagOf(before, ctx.audience));
    }
    await ctx.target.delete(names);
    return new EtagResult(undefined, this.etagOf(await ctx.target.read(), ctx.audience));
  }

  /** The ETag a GET by the same audience would send for these attributes. */
  etagOf(attributes: Attributes, audience: PolicyAudience): string {
    return attributesEtag(readableAttributes(this.policy, attributes, audience));
  }

  private async send(
    target: AttributeTarget,
    plan: UpdatePlan,
    before: Attributes,
    clientMetadata: ClientMetadata | undefined,
  ): Promise<CodeDeliveryDetails[]> {
    const deliveries: CodeDeliveryDetails[] = [];
    const sentPlain = Object.keys(plan.plain).length > 0;
    if (sentPlain) deliveries.push(...(await target.update(plan.plain, clientMetadata)));
    if (Object.keys(plan.needingVerification).length === 0) return deliveries;
    try {
      deliveries.push(...(await target.update(plan.needingVerification, clientMetadata)));
    } catch (error) {
      // Cognito refused the second call (e.g. the email is taken): undo the first so the
      // request stays all or nothing. After a timeout or outage the second call may have
      // landed, so nothing is undone then.
      if (sentPlain && error instanceof AppError && error.status < 500) {
        await this.undo(target, plan.plain, before);
      }
      throw error;
    }
    return deliveries;
  }

  private async undo(
    target: AttributeTarget,
    plain: Attributes,
    before: Attributes,
  ): Promise<void> {
    const { restore, remove } = undoPlainUpdate(plain, before);
    try {
      if (Object.keys(restore).length > 0) await target.update(restore);
      if (remove.length > 0) await target.delete(remove);
    } catch (error) {
      this.logger.error(
        { problem: (error as { code?: string }).code, attributeNames: Object.keys(plain) },
        'could not undo the first half of a refused update',
      );
    }
  }
}
