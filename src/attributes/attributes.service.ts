import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AttributesCache } from '../cache/attributes-cache';
import { IdentityProvider } from '../identity-provider/identity-provider';
import { ATTRIBUTE_POLICY } from './attribute-policy.provider';
import { readableAttributes } from './policy/attribute-policy';
import type { AttributePolicy } from './policy/attribute-policy.types';
import type { AttributesResponseDto } from './dto/attributes-response.dto';

@Injectable()
export class AttributesService {
  constructor(
    private readonly idp: IdentityProvider,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
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
}
