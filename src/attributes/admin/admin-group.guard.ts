import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { CallerConfirmation } from '../../auth/caller-confirmation';
import type { RequestWithUser } from '../../auth/current-user.decorator';
import { AuditLogger } from '../../common/audit/audit-logger';
import { AppError } from '../../common/errors/app-error';
import type { ErrorCode } from '../../common/errors/error-codes';
import { ATTRIBUTE_POLICY, type AttributePolicy } from '../../attribute-policy';

const ADMIN_ONLY = 'profile-bff:adminOnly';

/** Marks a route (or controller) as admin-only: AdminGroupGuard checks its caller. */
export const AdminOnly = (): MethodDecorator & ClassDecorator => SetMetadata(ADMIN_ONLY, true);

/**
 * Global guard for routes marked @AdminOnly() (the admin route decorators); others pass.
 * Admin routes: the verified access token's `cognito:groups` must contain the policy's
 * `adminGroup`, and Cognito must confirm it now — the token still accepted, the account enabled
 * and still in the group (CallerConfirmation, reused per token for TOKEN_REVOCATION_WINDOW_MS).
 * Runs after the access-token and rate-limit guards (order: src/app.module.ts) and before anything looks at the target user or the
 * body, so a non-admin gets the same 403 whether the user exists or not.
 */
@Injectable()
export class AdminGroupGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly audit: AuditLogger,
    private readonly confirmation: CallerConfirmation,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets)) return true;
    const req = context.switchToHttp().getRequest<RequestWithUser & IncomingMessage>();
    const user = req.user;
    // A token that never claimed the group is refused without asking Cognito.
    if (!user?.groups.includes(this.policy.adminGroup)) {
      this.denied(req, 'forbidden');
      throw new AppError('forbidden', { detail: 'This route is for administrators.' });
    }
    try {
      await this.confirmation.confirmAdmin(user, this.policy.adminGroup);
    } catch (error) {
      if (
        error instanceof AppError &&
        (error.code === 'forbidden' || error.code === 'invalid-token')
      ) {
        this.denied(req, error.code);
      }
      throw error;
    }
    return true;
  }

  private denied(req: RequestWithUser & IncomingMessage, errorCode: ErrorCode): void {
    this.audit.record({
      action: 'admin.access-denied',
      actorSub: req.user?.sub ?? 'anonymous',
      outcome: 'denied',
      errorCode,
    });
  }
}
