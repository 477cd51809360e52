import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

/**
 * The request's If-Match header, if any. A custom decorator rather than @Headers('if-match'),
 * which Swagger would document as a required header; routes document it with @ApiHeader.
 */
export const IfMatch = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string | undefined => {
    const value = ctx.switchToHttp().getRequest<IncomingMessage>().headers['if-match'];
    return typeof value === 'string' ? value : undefined;
  },
);
