import { Inject, Injectable, Logger } from '@nestjs/common';
import { maskDestination } from '../../common/code-delivery/mask-destination';
import { AppError } from '../../common/errors/app-error';
import type {
  Attributes,
  ClientMetadata,
  CodeDeliveryDetails,
} from '../../identity-provider/identity-provider';
import type { PendingChanges } from '../../pending-changes';
import {
  ATTRIBUTE_POLICY,
  type AttributePolicy,
  normalizeAttributeValues,
  type PolicyAudience,
  readableAttributes,
} from '../../attribute-policy';
import { assertDeletable, assertUpdatable } from './attribute-request-checks';
import type { AttributeTarget } from './attribute-target';
import {
  describeUpdateResults,
  planAttributeUpdate,
  stateAfterDelete,
  stateAfterUpdate,
  undoPlainUpdate,
  UpdatePlan,
} from './attribute-update-plan';
import { attributesEtag } from '../etag/attributes-etag';
import type { UpdateAttributesDto } from '../dto/update-attributes.dto';
import type { UpdateAttributesResponseDto } from '../dto/update-attributes-response.dto';
import { assertIfMatch, EtagResult } from '../etag/etag-result';
import { VerificationSettings } from '../verification/verification-settings';

/** A write to one user, by one audience. `current` saves a read when the caller already has it. */
export interface WriteContext {
  target: AttributeTarget;
  audience: PolicyAudience;
  ifMatch?: string;
  current?: Attributes;
  /** The user's pending email / phone changes: part of the ETag, brought up to date by updates. */
  pending?: PendingTracking;
  /**
   * Called with the names that will really change, after every other check and before anything
   * is sent; throws to refuse (the step-up rule on `/me`).
   */
  assertMayChange?: (names: string[]) => void;
}

/** How a write sees and updates its user's pending changes (see src/pending-changes/). */
export interface PendingTracking {
  /** Before a write (If-Match): must be right, so a store failure refuses the write. */
  view(current: Attributes): Promise<PendingChanges>;
  /** For reads and after a write: a store failure leaves `pending` out instead of failing. */
  viewForRead(current: Attributes): Promise<PendingChanges>;
  afterUpdate(
    requested: Attributes,
    results: UpdateAttributesResponseDto['attributes'],
    verifiable: ReadonlySet<string>,
  ): Promise<void>;
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
    // Checked, planned and sent as stored (emails lower-cased): /me and admins alike.
    const requested = normalizeAttributeValues(this.policy, body.attributes);
    assertUpdatable(this.policy, requested, ctx.audience);
    const before = ctx.current ?? (await ctx.target.read());
    await this.assertIfMatch(ctx, before);
    const { verifiable } = await this.verification.rules();
    const plan = planAttributeUpdate(requested, before, verifiable);
    ctx.assertMayChange?.([...Object.keys(plan.plain), ...Object.keys(plan.needingVerification)]);
    const deliveries = await this.send(ctx.target, plan, before, body.clientMetadata);
    // Read back only what only Cognito knows (a verifiable attribute: pending or unverified).
    const after = stateAfterUpdate(before, plan) ?? (await ctx.target.read());
    const results = describeUpdateResults(
      requested,
      after,
      deliveries.map(maskDestination),
      verifiable,
    );
    await ctx.pending?.afterUpdate(requested, results, verifiable);
    const pending = await ctx.pending?.viewForRead(after);
    return new EtagResult({ attributes: results }, this.etagOf(after, ctx.audience, pending));
  }

  async delete(ctx: WriteContext, names: string[]): Promise<EtagResult<undefined>> {
    assertDeletable(this.policy, names, ctx.audience);
    // One read serves If-Match and the new ETag; without If-Match the ETag needs one read anyway,
    // and reading after the delete is that read.
    const before =
      ctx.ifMatch !== undefined ? (ctx.current ?? (await ctx.target.read())) : ctx.current;
    if (before) await this.assertIfMatch(ctx, before);
    ctx.assertMayChange?.(names);
    await ctx.target.delete(names);
    const { verifiable } = await this.verification.rules();
    const known = before && stateAfterDelete(before, names, verifiable);
    const after = known ?? (await ctx.target.read());
    const pending = await ctx.pending?.viewForRead(after);
    return new EtagResult(undefined, this.etagOf(after, ctx.audience, pending));
  }

  /** The ETag a GET by the same audience would send for these attributes and pending changes. */
  etagOf(attributes: Attributes, audience: PolicyAudience, pending?: PendingChanges): string {
    return attributesEtag(readableAttributes(this.policy, attributes, audience), pending);
  }

  private async assertIfMatch(ctx: WriteContext, before: Attributes): Promise<void> {
    if (ctx.ifMatch === undefined) return;
    const pending = await ctx.pending?.view(before);
    assertIfMatch(ctx.ifMatch, this.etagOf(before, ctx.audience, pending));
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
