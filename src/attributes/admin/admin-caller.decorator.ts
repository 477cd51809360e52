import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { RequestWithUser } from '../../auth/current-user.decorator';
import { requestIdOf } from '../../common/request-id';

/** The admin making a request, with what the audit log needs about it. */
export interface AdminCaller {
  user: AuthenticatedUser;
  requestId?: string;
}

/** The verified admin; only valid behind the access-token guard and AdminGroupGuard. */
export const CurrentAdmin = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<RequestWithUser & IncomingMessage>();
  if (!req.user) throw new Error('CurrentAdmin used on a route without the access-token guard');
  return { user: req.user, requestId: requestIdOf(req) } satisfies AdminCaller;
});
