import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { Attributes } from '../../identity-provider/identity-provider';
import type { PendingChanges, PendingChangesService, PendingSubject } from '../../pending-changes';
import type { PendingTracking } from './attribute-writer';
import { type AttributePolicy, isReadable, type PolicyAudience } from '../../attribute-policy';

/** The pending changes of one user as one audience sees them: only attributes it may read. */
export function pendingTracking(
  pending: PendingChangesService,
  policy: AttributePolicy,
  audience: PolicyAudience,
  subject: PendingSubject,
): PendingTracking {
  const shown = (name: string) => isReadable(policy, name, audience);
  return {
    view: (current) => pending.view(subject.sub, current, shown),
    viewForRead: (current) => pending.viewForRead(subject.sub, current, shown),
    afterUpdate: (requested, results, verifiable) =>
      pending.afterUpdate(subject, requested, results, verifiable),
  };
}

/** A read's body: `pending` appears only when something is pending, so other reads look as before. */
export function withPending(
  attributes: Attributes,
  pending: PendingChanges,
): { attributes: Attributes; pending?: PendingChanges } {
  return Object.keys(pending).length > 0 ? { attributes, pending } : { attributes };
}

/** On /me the caller is the subject. */
export function selfSubject(user: AuthenticatedUser): PendingSubject {
  return { sub: user.sub, username: user.username, actor: 'self', actorSub: user.sub };
}
