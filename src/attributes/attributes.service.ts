import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CallerConfirmation } from '../auth/caller-confirmation';
import { AttributesCache } from '../cache/attributes-cache';
import { AuditLogger, selfEvent } from '../common/audit/audit-logger';
import { Attributes, IdentityProvider } from '../identity-provider/identity-provider';
import { ATTRIBUTE_POLICY } from './attribute-policy.provider';
import { selfTarget, withReadYourWrites } from './attribute-target';
import { AttributeWriter } from './attribute-writer';
import type { AttributesResponseDto } from './dto/attributes-response.dto';
import type { UpdateAttributesDto } from './dto/update-attributes.dto';
import type { UpdateAttributesResponseDto } from './dto/update-attributes-response.dto';
import type { EtagResult } from './etag-result';
import { readableAttributes } from './policy/attribute-policy';
import type { AttributePolicy } from './policy/attribute-policy.types';

/** The caller's own attributes: every call uses their own access token. */
@Injectable()
export class AttributesService {
  constructor(
    private readonly idp: IdentityProvider,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly writer: AttributeWriter,
    private readonly audit: AuditLogger,
    private readonly cache: AttributesCache,
    private readonly confirmation: CallerConfirmation,
  ) {}

  /**
   * The caller's own attributes, filtered by the read allowlist. The token was verified by the
   * guard on this very request; the raw attributes come from the cache (keyed by the verified
   * sub) or from GetUser with the caller's own token. A cached read never goes unconfirmed for
   * longer than the revocation window: once per window per token the read goes to Cognito
   * (GetUser with the token), and that one call also refreshes the cache.
   */
  async readOwn(user: AuthenticatedUser): Promise<AttributesResponseDto> {
    const attributes = this.confirmation.isSelfConfirmed(user.accessToken)
      ? await this.cache.get(user.sub, () =>
          this.confirmation.recordSelf(user.accessToken, () => this.getOwn(user)),
        )
      : await this.confirmation.confirmSelf(user.accessToken, () => this.reloadOwn(user));
    return { attributes: readableAttributes(this.policy, attributes, 'self') };
  }

  private async getOwn(user: AuthenticatedUser): Promise<Attributes> {
    return (await this.idp.getUser(user.accessToken)).attributes;
  }

  /**
   * GetUser with the caller's token, through the cache so its answer refreshes the entry: drop the
   * entry, then load. The load runs with this caller's token unless another reader's load got in
   * first — then this token is confirmed on its own.
   */
  private async reloadOwn(user: AuthenticatedUser): Promise<Attributes> {
    try {
      await this.cache.invalidate(user.sub);
    } catch {
      // The shared store is unreachable: answer from Cognito, store nothing.
      return this.getOwn(user);
    }
    let ownLoad = false;
    const attributes = await this.cache.get(user.sub, () => {
      ownLoad = true;
      return this.getOwn(user);
    });
    return ownLoad ? attributes : this.getOwn(user);
  }

  updateOwn(
    user: AuthenticatedUser,
    body: UpdateAttributesDto,
    ifMatch?: string,
    requestId?: string,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    const target = this.ownTarget(user);
    const event = selfEvent(
      'self.attributes.update',
      user,
      requestId,
      Object.keys(body.attributes),
    );
    return this.audit.track(event, () =>
      this.writer.update({ target, audience: 'self', ifMatch }, body),
    );
  }

  deleteOwn(
    user: AuthenticatedUser,
    keys: string[],
    ifMatch?: string,
    requestId?: string,
  ): Promise<EtagResult<undefined>> {
    const target = this.ownTarget(user);
    const event = selfEvent('self.attributes.delete', user, requestId, keys);
    return this.audit.track(event, () =>
      this.writer.delete({ target, audience: 'self', ifMatch }, keys),
    );
  }

  private ownTarget(user: AuthenticatedUser) {
    return withReadYourWrites(selfTarget(this.idp, user.accessToken), this.cache, user.sub);
  }
}
