import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CallerConfirmation } from '../../auth/caller-confirmation';
import { AttributesCache } from '../../cache/attributes-cache';
import { AuditLogger, selfEvent } from '../../common/audit/audit-logger';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Attributes, IdentityProvider } from '../../identity-provider/identity-provider';
import { PendingChangesService } from '../../pending-changes';
import {
  ATTRIBUTE_POLICY,
  type AttributePolicy,
  isReadable,
  readableAttributes,
} from '../../attribute-policy';
import { selfTarget, withReadYourWrites } from '../writes/attribute-target';
import { AttributeWriter, WriteContext } from '../writes/attribute-writer';
import type { AttributesResponseDto } from '../dto/attributes-response.dto';
import type { UpdateAttributesDto } from '../dto/update-attributes.dto';
import type { UpdateAttributesResponseDto } from '../dto/update-attributes-response.dto';
import type { EtagResult } from '../etag/etag-result';
import { pendingTracking, selfSubject, withPending } from '../writes/pending-tracking';
import { isRecentSignIn, stepUpAttributes, stepUpRequired } from '../writes/step-up';

/** The caller's own attributes: every call uses their own access token. */
@Injectable()
export class AttributesService {
  constructor(
    private readonly idp: IdentityProvider,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly writer: AttributeWriter,
    private readonly audit: AuditLogger,
    private readonly cache: AttributesCache,
    private readonly pending: PendingChangesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly confirmation: CallerConfirmation,
  ) {}

  /**
   * The caller's own attributes, filtered by the read allowlist, and their pending email / phone
   * changes. The token was verified by the guard on this very request; the raw attributes come
   * from the cache (keyed by the verified sub) or from GetUser with the caller's own token. A
   * cached read never goes unconfirmed for longer than the revocation window: once per window per
   * token the read goes to Cognito (GetUser with the token), and that one call also refreshes the
   * cache.
   */
  async readOwn(user: AuthenticatedUser): Promise<AttributesResponseDto> {
    const attributes = this.confirmation.isSelfConfirmed(user.accessToken)
      ? await this.cache.get(user.sub, () =>
          this.confirmation.recordSelf(user.accessToken, () => this.getOwn(user)),
        )
      : await this.confirmation.confirmSelf(user.accessToken, () => this.reloadOwn(user));
    const pending = await this.pending.viewForRead(user.sub, attributes, (name) =>
      isReadable(this.policy, name, 'self'),
    );
    return withPending(readableAttributes(this.policy, attributes, 'self'), pending);
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
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    const event = selfEvent('self.attributes.update', user, Object.keys(body.attributes));
    return this.audit.track(event, () => this.writer.update(this.ownContext(user, ifMatch), body));
  }

  deleteOwn(
    user: AuthenticatedUser,
    keys: string[],
    ifMatch?: string,
  ): Promise<EtagResult<undefined>> {
    const event = selfEvent('self.attributes.delete', user, keys);
    return this.audit.track(event, () => this.writer.delete(this.ownContext(user, ifMatch), keys));
  }

  private ownContext(user: AuthenticatedUser, ifMatch?: string): WriteContext {
    const target = withReadYourWrites(
      selfTarget(this.idp, user.accessToken),
      this.cache,
      user.sub,
      this.policy,
    );
    return {
      target,
      audience: 'self',
      ifMatch,
      pending: pendingTracking(this.pending, this.policy, 'self', selfSubject(user)),
      assertMayChange: (names) => this.assertRecentSignIn(user, names),
    };
  }

  /** The step-up rule; a refusal is audited on its own (names only), besides the request's event. */
  private assertRecentSignIn(user: AuthenticatedUser, names: string[]): void {
    const { maxAgeSeconds } = this.config.stepUp;
    const guarded = stepUpAttributes(this.policy, names);
    const now = Math.floor(Date.now() / 1000);
    if (guarded.length === 0 || isRecentSignIn({ authTime: user.authTime, now, maxAgeSeconds })) {
      return;
    }
    const event = selfEvent('self.step-up.refused', user, guarded);
    this.audit.record({ ...event, outcome: 'denied', errorCode: 'step-up-required' });
    throw stepUpRequired(guarded, maxAgeSeconds);
  }
}
