import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditLogger, selfEvent } from '../common/audit/audit-logger';
import { AppError } from '../common/errors/app-error';
import { AttributesCache } from '../cache/attributes-cache';
import { IdentityProvider } from '../identity-provider/identity-provider';
import { codeAttemptKey, CodeAttemptLimiter } from '../rate-limit/code-attempt-limiter';
import { ATTRIBUTE_POLICY } from './attribute-policy.provider';
import { assertVerifiable } from './attribute-request-checks';
import { hasSomethingToVerify } from './attribute-update-plan';
import { AttributeWriter } from './attribute-writer';
import type {
  SendVerificationCodeDto,
  VerificationCodeResponseDto,
} from './dto/send-verification-code.dto';
import type { VerifyAttributeDto } from './dto/verify-attribute.dto';
import { EtagResult } from './etag-result';
import type { AttributePolicy } from './policy/attribute-policy.types';
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
  ) {}

  async sendCode(
    user: AuthenticatedUser,
    key: string,
    body: SendVerificationCodeDto,
  ): Promise<VerificationCodeResponseDto> {
    assertVerifiable(this.policy, key);
    await this.assertSomethingToVerify(user, key);
    const details = await this.idp.sendAttributeVerificationCode(
      user.accessToken,
      key,
      body.clientMetadata,
    );
    // cognito-local answers {}; only what Cognito said is passed on, plus the attribute asked for.
    return { codeDeliveryDetails: { attributeName: key, ...withoutUndefined(details ?? {}) } };
  }

  verify(
    user: AuthenticatedUser,
    key: string,
    body: VerifyAttributeDto,
    requestId?: string,
  ): Promise<EtagResult<undefined>> {
    const event = selfEvent('self.attributes.verify', user, requestId, [key]);
    return this.audit.track(event, () => this.verifyLimited(user, key, body));
  }

  private async verifyLimited(
    user: AuthenticatedUser,
    key: string,
    body: VerifyAttributeDto,
  ): Promise<EtagResult<undefined>> {
    assertVerifiable(this.policy, key);
    // Per user, on every instance (Redis): only a verdict on the code counts against the caller.
    await this.limiter.guard(codeAttemptKey('verify', user.sub), () =>
      this.confirm(user, key, body.code),
    );
    const { attributes } = await this.idp.getUser(user.accessToken);
    return new EtagResult(undefined, this.writer.etagOf(attributes, 'self'));
  }

  private async confirm(user: AuthenticatedUser, key: string, code: string | undefined) {
    if (code === undefined || !VERIFICATION_CODE_FORMAT.test(code)) {
      throw new AppError('code-mismatch', {
        detail: 'The code must be the 6 digits you received.',
      });
    }
    await this.assertSomethingToVerify(user, key);
    await this.cache.mutate(user.sub, () =>
      this.idp.verifyUserAttribute(user.accessToken, key, code),
    );
  }

  private async assertSomethingToVerify(user: AuthenticatedUser, key: string): Promise<void> {
    const [{ attributes }, rules] = await Promise.all([
      this.idp.getUser(user.accessToken),
      this.verification.rules(),
    ]);
    if (!hasSomethingToVerify(key, attributes, rules.pendingPossible(key))) {
      throw new AppError('nothing-to-verify', {
        detail: `There is no unverified or pending value of ${key} to confirm.`,
      });
    }
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
