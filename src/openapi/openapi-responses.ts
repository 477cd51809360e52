import { applyDecorators, Type } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { responseHeaders } from './openapi-headers';

/**
 * Success responses of attribute routes, with the headers they carry — used by the composed route
 * decorators (src/common/http/routes) for the /me and admin routes.
 */

/** 200 with a strong ETag and `Cache-Control: no-store`; `If-None-Match` → 304. */
export function ApiTaggedRead(type: Type<unknown>, description: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'ETag of a previous read; the same tag → 304 without a body',
    }),
    ApiResponse({
      status: 200,
      type,
      description,
      headers: responseHeaders('ETag', 'Cache-Control'),
    }),
    ApiResponse({
      status: 304,
      description: 'Not modified since the ETag in If-None-Match',
      headers: responseHeaders('ETag', 'Cache-Control'),
    }),
  );
}

/** A change that answers with the new ETag; `If-Match` makes it conditional (stale → 412). */
export function ApiTaggedWrite(
  status: 200 | 204,
  description: string,
  type?: Type<unknown>,
  ifMatch?: string,
): MethodDecorator {
  return applyDecorators(
    ...(ifMatch
      ? [
          ApiHeader({
            name: 'If-Match',
            required: false,
            description: `${ifMatch}; a stale one → 412 and nothing changes`,
          }),
        ]
      : []),
    ApiResponse({
      status,
      ...(type ? { type } : {}),
      description,
      headers: responseHeaders('ETag', 'Cache-Control'),
    }),
  );
}
