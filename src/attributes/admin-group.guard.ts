import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { RequestWithUser } from '../auth/current-user.decorator';
import { AuditLogger } from '../common/audit/audit-logger';
import { AppError } from '../common/errors/app-error';
import { requestIdOf } from '../common/request-id';
import { ATTRIBUTE_POLICY } from './attribute-policy.provider';
import type { AttributePolicy } from './policy/attribute-policy.types';

/**
 * Admin routes: the verified access token's `cognito:groups` must contain the policy's
 * `adminGroup`. Runs after the global access-token guard and before anything looks at the
 * target user or the body, so a non-admin gets the same 403 whether the user exists or not.
 */
@Injectable()
export class AdminGroupGuard implements CanActivate {
  constructor(
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly audit: AuditLogger,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<RequestWithUser & IncomingMessage>();
    const user = req.user;
    if (user?.groups.includes(this.policy.adminGroup)) return true;
    this.audit.record({
      action: 'admin.access-denied',
      actorSub: user?.sub ?? 'anonymous',
      outcome: 'denied',
      errorCode: 'forbidden',
      requestId: requestIdOf(req),
    });
    throw new AppError('forbidden', {
      detail: 'This route is for administrators.',
    });
  }
}
