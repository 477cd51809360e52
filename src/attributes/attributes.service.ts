import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AttributesCache } from '../cache/attributes-cache';
import { AuditLogger, selfEvent } from '../common/audit/audit-logger';
import { IdentityProvider } from '../identity-provider/identity-provider';
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
  ) {}

  /**
   * The caller's own attributes, filtered by the read allowlist. The token was verified by the
   * guard on this very request; the raw attributes come from the cache (keyed by the verified
   * sub) or from GetUser with the caller's own token.
   */
  async readOwn(user: AuthenticatedUser): Promise<AttributesResponseDto> {
    const attributes = await this.cache.get(user.sub, async () => {
      const record = await this.idp.getUser(user.accessToken);
      return record.attributes;
    });
    return { attributes: readableAttributes(this.policy, attributes, 'self') };
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
    return withReadYourWrites(
      selfTarget(this.idp, user.accessToken),
      this.cache,
      user.sub,
      this.policy,
    );
  }
}
