import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { EtagResult } from './etag-result';

/** Unwraps an EtagResult: the new ETag goes in a header, the body (if any) is the response. */
@Injectable()
export class EtagResultInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof EtagResult)) return result;
        res.setHeader('ETag', result.etag);
        res.setHeader('Cache-Control', 'no-store');
        return result.body;
      }),
    );
  }
}
