import { Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AppError } from '../errors/app-error';
import { currentRequestId } from '../request-id.context';

export type AuditAction =
  | 'admin.attributes.read'
  | 'admin.attributes.update'
  | 'admin.attributes.delete'
  | 'admin.access-denied'
  | 'self.attributes.update'
  | 'self.attributes.delete'
  | 'self.attributes.verify'
  | 'self.sign-up'
  | 'self.sign-up.confirm'
  | 'self.step-up.refused'
  | `${'self' | 'admin'}.pending-change.${PendingChangeEvent}`;

/** Lifecycle of a pending email / phone change (src/pending-changes/). */
export type PendingChangeEvent = 'requested' | 'replaced' | 'resent' | 'confirmed' | 'cancelled';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One audit event: who did what to whom, and how it ended. Attribute NAMES only — never values,
 * tokens or codes — so the audit trail can be kept longer and shared more widely than the data.
 */
export interface AuditEvent {
  action: AuditAction;
  /** The caller's `sub` (from the verified access token); absent for anonymous sign-up calls. */
  actorSub?: string;
  /** The target user's Cognito username, once resolved. */
  subjectUsername?: string;
  attributeNames?: string[];
  outcome: AuditOutcome;
  /** The problem code when the outcome is not success. */
  errorCode?: string;
}

/** An event as written: stamped with the request it happened in (its X-Request-Id) and when. */
export interface AuditRecord extends AuditEvent {
  requestId?: string;
  at: string;
}

/**
 * The one way audit events are written: a JSON log line on the `Audit` context (pino), with an
 * ISO timestamp and the request id, which it reads from the request context
 * (src/common/request-id.context.ts) so that no caller passes it on. Override `write` (or this
 * provider) to ship events elsewhere.
 */
@Injectable()
export class AuditLogger {
  private readonly logger = new Logger('Audit');

  record(event: AuditEvent): void {
    const requestId = currentRequestId();
    this.write({ ...event, ...(requestId ? { requestId } : {}), at: new Date().toISOString() });
  }

  protected write(record: AuditRecord): void {
    this.logger.log({ audit: record }, record.action);
  }

  /**
   * Runs `work` and records one event for it, whether it succeeds or fails. `work` may fill in
   * the subject (e.g. once a username is resolved) through the object it is given.
   */
  async track<T>(
    event: Omit<AuditEvent, 'outcome' | 'errorCode'>,
    work: (subject: AuditSubject) => Promise<T>,
  ): Promise<T> {
    const subject: AuditSubject = {
      username: event.subjectUsername,
      attributeNames: event.attributeNames,
    };
    const finish = (outcome: AuditOutcome, errorCode?: string): void =>
      this.record({
        ...event,
        subjectUsername: subject.username,
        attributeNames: subject.attributeNames,
        outcome,
        ...(errorCode ? { errorCode } : {}),
      });
    try {
      const result = await work(subject);
      finish('success');
      return result;
    } catch (error) {
      finish('failure', error instanceof AppError ? error.code : 'internal-error');
      throw error;
    }
  }
}

/** What an audited piece of work may learn about its subject while it runs. */
export interface AuditSubject {
  username?: string;
  attributeNames?: string[];
}

/** A self-service audit event: the caller is also the subject (their sub is their username here). */
export function selfEvent(action: AuditAction, user: AuthenticatedUser, attributeNames: string[]) {
  return { action, actorSub: user.sub, subjectUsername: user.username, attributeNames };
}
