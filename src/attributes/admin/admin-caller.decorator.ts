import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { RequestWithUser } from '../../auth/current-user.decorator';

/** The admin making a request. */
export interface AdminCaller {
  user: AuthenticatedUser;
}

/** The verified admin; only valid behind the access-token guard and AdminGroupGuard. */
export const CurrentAdmin = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<RequestWithUser & IncomingMessage>();
  if (!req.user) throw new Error('CurrentAdmin used on a route without the access-token guard');
  return { user: req.user } satisfies AdminCaller;
});
