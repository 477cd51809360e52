import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
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
  ) {}

  /** The caller's own attributes, read with their own token and filtered by the read allowlist. */
  async readOwn(user: AuthenticatedUser): Promise<AttributesResponseDto> {
    const record = await this.idp.getUser(user.accessToken);
    return { attributes: readableAttributes(this.policy, record.attributes, 'self') };
  }
}
