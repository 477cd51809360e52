import { Injectable, Logger } from '@nestjs/common';

export type AuditAction =
  | 'admin.attributes.read'
  | 'admin.attributes.update'
  | 'admin.attributes.delete'
  | 'admin.access-denied';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One audit event: who did what to whom, and how it ended. Attribute NAMES only — never values,
 * tokens or codes — so the audit trail can be kept longer and shared more widely than the data.
 */
export interface AuditEvent {
  action: AuditAction;
  /** The caller's `sub` (from the verified access token). */
  actorSub: string;
  /** The target user's Cognito username, once resolved. */
  subjectUsername?: string;
  attributeNames?: string[];
  outcome: AuditOutcome;
  /** The problem code when the outcome is not success. */
  errorCode?: string;
  requestId?: string;
}

/**
 * The one way audit events are written: a JSON log line on the `Audit` context (pino), with an
 * ISO timestamp. Override this provider to ship events elsewhere.
 */
@Injectable()
export class AuditLogger {
  private readonly logger = new Logger('Audit');

  record(event: AuditEvent): void {
    this.logger.log({ audit: { ...event, at: new Date().toISOString() } }, event.action);
  }
}
