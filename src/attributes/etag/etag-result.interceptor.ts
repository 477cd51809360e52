import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import { EtagResult } from './etag-result';

/**
 * The one way attribute reads and writes send their ETag: the handler returns an EtagResult, this
 * sends the tag and `Cache-Control: no-store` (profiles are personal: no cache may store them) and
 * the body as the response. A GET whose If-None-Match matches the tag is then answered 304 by the
 * HTTP layer (common/http/conditional-get.ts), whatever Cache-Control the request carries.
 */
@Injectable()
export class EtagResultInterceptor implements NestInterceptor {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res: unknown = context.switchToHttp().getResponse();
    const http = this.adapterHost.httpAdapter;
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof EtagResult)) return result;
        http.setHeader(res, 'ETag', result.etag);
        http.setHeader(res, 'Cache-Control', 'no-store');
        return result.body;
      }),
    );
  }
}
