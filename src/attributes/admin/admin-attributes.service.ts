import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditLogger, AuditSubject } from '../../common/audit/audit-logger';
import { AttributesCache } from '../../cache/attributes-cache';
import { IdentityProvider, UserRecord } from '../../identity-provider/identity-provider';
import { PendingChangesService, PendingSubject } from '../../pending-changes';
import type { AdminCaller } from './admin-caller.decorator';
import { AdminUserResolver } from './admin-user-resolver';
import { ATTRIBUTE_POLICY, type AttributePolicy, readableAttributes } from '../../attribute-policy';
import { adminTarget, withReadYourWrites } from '../writes/attribute-target';
import { AttributeWriter, WriteContext } from '../writes/attribute-writer';
import { forgetIfStale } from '../writes/cache-freshness';
import type { AttributesResponseDto } from '../dto/attributes-response.dto';
import type { UpdateAttributesDto } from '../dto/update-attributes.dto';
import type { UpdateAttributesResponseDto } from '../dto/update-attributes-response.dto';
import type { EtagResult } from '../etag/etag-result';
import { pendingTracking, withPending } from '../writes/pending-tracking';

/**
 * Any user's attributes, for callers in the admin group: the /me semantics through
 * AdminGetUser / AdminUpdateUserAttributes / AdminDeleteUserAttributes, with the admin
 * allowlists, and one audit event per request.
 */
@Injectable()
export class AdminAttributesService {
  constructor(
    private readonly idp: IdentityProvider,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly resolver: AdminUserResolver,
    private readonly writer: AttributeWriter,
    private readonly audit: AuditLogger,
    private readonly cache: AttributesCache,
    private readonly pending: PendingChangesService,
  ) {}

  read(caller: AdminCaller, identifier: string): Promise<AttributesResponseDto> {
    return this.audited(caller, 'admin.attributes.read', undefined, async (subject) => {
      const user = await this.resolved(identifier, subject);
      const attributes = readableAttributes(this.policy, user.attributes, 'admin');
      subject.attributeNames = Object.keys(attributes);
      const tracking = this.trackingOf(caller, user);
      return withPending(attributes, await tracking.viewForRead(user.attributes));
    });
  }

  update(
    caller: AdminCaller,
    identifier: string,
    body: UpdateAttributesDto,
    ifMatch?: string,
  ): Promise<EtagResult<UpdateAttributesResponseDto>> {
    const names = Object.keys(body.attributes);
    return this.audited(caller, 'admin.attributes.update', names, async (subject) => {
      const user = await this.resolved(identifier, subject);
      return this.writer.update(this.writeContext(caller, user, ifMatch), body);
    });
  }

  delete(
    caller: AdminCaller,
    identifier: string,
    keys: string[],
    ifMatch?: string,
  ): Promise<EtagResult<undefined>> {
    return this.audited(caller, 'admin.attributes.delete', keys, async (subject) => {
      const user = await this.resolved(identifier, subject);
      return this.writer.delete(this.writeContext(caller, user, ifMatch), keys);
    });
  }

  private audited<T>(
    caller: AdminCaller,
    action: AuditAction,
    attributeNames: string[] | undefined,
    work: (subject: AuditSubject) => Promise<T>,
  ): Promise<T> {
    const event = {
      action,
      actorSub: caller.user.sub,
      attributeNames,
    };
    return this.audit.track(event, work);
  }

  /**
   * The target user, read upstream (AdminGetUser); a cached /me entry of theirs that differs from
   * what this read saw is dropped, so their next GET and any 304 agree with what an admin sees.
   */
  private async resolved(identifier: string, subject: AuditSubject): Promise<UserRecord> {
    const user = await this.resolver.resolve(identifier);
    subject.username = user.username;
    await forgetIfStale(this.cache, this.policy, subOf(user), user.attributes);
    return user;
  }

  /** The resolved user as the write engine's target, with what an admin write checks and ends. */
  private writeContext(caller: AdminCaller, user: UserRecord, ifMatch?: string): WriteContext {
    return {
      target: this.targetOf(user),
      audience: 'admin',
      ifMatch,
      current: user.attributes,
      pending: this.trackingOf(caller, user),
    };
  }

  /** Admin writes invalidate the target user's cached attributes (keyed by their sub). */
  private targetOf(user: UserRecord) {
    const target = adminTarget(this.idp, user.username);
    return withReadYourWrites(target, this.cache, subOf(user), this.policy);
  }

  /** The user's pending changes as admins see them; an admin change of one ends it. */
  private trackingOf(caller: AdminCaller, user: UserRecord) {
    const subject: PendingSubject = {
      sub: subOf(user),
      username: user.username,
      actor: 'admin',
      actorSub: caller.user.sub,
    };
    return pendingTracking(this.pending, this.policy, 'admin', subject);
  }
}

/** Cognito always returns `sub`; in pools whose username is the sub they are the same. */
function subOf(user: UserRecord): string {
  return user.attributes.sub ?? user.username;
}
