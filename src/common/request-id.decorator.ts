import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestIdOf } from './request-id';

/** The request's id (X-Request-Id, accepted or generated), for audit events. */
export const RequestId = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string | undefined =>
    requestIdOf(ctx.switchToHttp().getRequest<{ id?: unknown }>()),
);
