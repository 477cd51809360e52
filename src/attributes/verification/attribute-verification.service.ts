import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AuditLogger, selfEvent } from '../../common/audit/audit-logger';
import { maskDestination } from '../../common/code-delivery/mask-destination';
import { AppError } from '../../common/errors/app-error';
import { AttributesCache } from '../../cache/attributes-cache';
import {
  Attributes,
  ClientMetadata,
  CodeDeliveryDetails,
  IdentityProvider,
} from '../../identity-provider/identity-provider';
import { PendingChangesService, PendingSubject } from '../../pending-changes';
import { codeAttemptKey, CodeAttemptLimiter } from '../../rate-limit/code-attempt-limiter';
import { ATTRIBUTE_POLICY, type AttributePolicy, isReadable } from '../../attribute-policy';
import { assertVerifiable } from '../writes/attribute-request-checks';
import { hasSomethingToVerify, stateAfterVerify } from '../writes/attribute-update-plan';
import { AttributeWriter } from '../writes/attribute-writer';
import { forgetIfStale } from '../writes/cache-freshness';
import type {
  SendVerificationCodeDto,
  VerificationCodeResponseDto,
} from './dto/send-verification-code.dto';
import type { VerifyAttributeDto } from './dto/verify-attribute.dto';
import { EtagResult } from '../etag/etag-result';
import { selfSubject } from '../writes/pending-tracking';
import { VerificationSettings } from './verification-settings';

/** Cognito's verification codes are 6 digits; anything else can't be right, so Cognito isn't asked. */
export const VERIFICATION_CODE_FORMAT = /^\d{6}$/;

/**
 * Amplify's sendUserAttributeVerificationCode and confirmUserAttribute. cognito-local accepts a
 * missing code and never expires codes, so the format check, the "something to verify" check and
 * the attempt limit here are what holds the line.
 */
@Injectable()
export class AttributeVerificationService {
  constructor(
    private readonly idp: IdentityProvider,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly verification: VerificationSettings,
    private readonly limiter: CodeAttemptLimiter,
    private readonly writer: AttributeWriter,
    private readonly audit: AuditLogger,
    private readonly cache: AttributesCache,
    private readonly pending: PendingChangesService,
  ) {}

  async sendCode(
    user: AuthenticatedUser,
    key: string,
    body: SendVerificationCodeDto,
  ): Promise<VerificationCodeResponseDto> {
    assertVerifiable(this.policy, key);
    const current = await this.assertSomethingToVerify(user, key);
    const pendingValue = await this.pending.pendingValue(user.sub, key, current);
    const details =
      pendingValue === undefined
        ? await this.idp.sendAttributeVerificationCode(user.accessToken, key, body.clientMetadata)
        : await this.resendToPending(
            selfSubject(user),
            user,
            key,
            pendingValue,
            body.clientMetadata,
          );
    // What the provider said, the attribute asked for where it says none, the destination masked.
    return { codeDeliveryDetails: maskDestination({ attributeName: key, ...details }) };
  }

  /**
   * During a pending change, GetUserAttributeVerificationCode would mail the *current* address
   * (Cognito only knows to send to the new one when the change is requested). Re-issuing the
   * update with the pending value sends a new code there, and starts its 24 h again.
   */
  private async resendToPending(
    subject: PendingSubject,
    user: AuthenticatedUser,
    key: string,
    value: string,
    clientMetadata: ClientMetadata | undefined,
  ): Promise<CodeDeliveryDetails | undefined> {
    const deliveries = await this.cache.mutate(user.sub, () =>
      this.idp.updateUserAttributes(user.accessToken, { [key]: value }, clientMetadata),
    );
    await this.pending.resent(subject, key, value);
    return deliveries.find((d) => d.attributeName === key) ?? deliveries[0];
  }

  verify(
    user: AuthenticatedUser,
    key: string,
    body: VerifyAttributeDto,
  ): Promise<EtagResult<undefined>> {
    const event = selfEvent('self.attributes.verify', user, [key]);
    return this.audit.track(event, () => this.verifyLimited(user, key, body));
  }

  private async verifyLimited(
    user: AuthenticatedUser,
    key: string,
    body: VerifyAttributeDto,
  ): Promise<EtagResult<undefined>> {
    assertVerifiable(this.policy, key);
    // Per user, on every instance (Redis): only a verdict on the code counts against the caller.
    const known = await this.limiter.guard(codeAttemptKey('verify', user.sub), () =>
      this.confirm(user, key, body.code),
    );
    await this.pending.confirmed(selfSubject(user), key);
    const attributes = known ?? (await this.freshAttributes(user));
    const pending = await this.pending.viewForRead(user.sub, attributes, (name) =>
      isReadable(this.policy, name, 'self'),
    );
    return new EtagResult(undefined, this.writer.etagOf(attributes, 'self', pending));
  }

  /**
   * Sends the code; returns what Cognito holds afterwards when that is known without asking.
   * When the pool may hold a pending change of `key` there is always something to verify, so
   * nothing is read first (VerifyUserAttribute checks the token itself), and what the code
   * confirmed — perhaps the pending value — is read afterwards. Otherwise one read before checks
   * that there is an unverified value, and the state after is that value, verified.
   */
  private async confirm(
    user: AuthenticatedUser,
    key: string,
    code: string | undefined,
  ): Promise<Attributes | undefined> {
    if (code === undefined || !VERIFICATION_CODE_FORMAT.test(code)) {
      throw new AppError('code-mismatch', {
        detail: 'The code must be the 6 digits you received.',
      });
    }
    const rules = await this.verification.rules();
    const before = rules.pendingPossible(key)
      ? undefined
      : await this.assertSomethingToVerify(user, key);
    await this.cache.mutate(user.sub, () =>
      this.idp.verifyUserAttribute(user.accessToken, key, code),
    );
    return before && stateAfterVerify(before, key);
  }

  /** Returns what Cognito holds now. */
  private async assertSomethingToVerify(user: AuthenticatedUser, key: string): Promise<Attributes> {
    const [attributes, rules] = await Promise.all([
      this.freshAttributes(user),
      this.verification.rules(),
    ]);
    if (!hasSomethingToVerify(key, attributes, rules.pendingPossible(key))) {
      throw new AppError('nothing-to-verify', {
        detail: `There is no unverified or pending value of ${key} to confirm.`,
      });
    }
    return attributes;
  }

  /** GetUser with the caller's token; a cached entry that no longer matches is dropped. */
  private async freshAttributes(user: AuthenticatedUser) {
    const { attributes } = await this.idp.getUser(user.accessToken);
    await forgetIfStale(this.cache, this.policy, user.sub, attributes);
    return attributes;
  }
}
