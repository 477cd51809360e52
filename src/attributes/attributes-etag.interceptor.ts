import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import type { Attributes } from '../identity-provider/identity-provider';
import { attributesEtag } from './attributes-etag';

/**
 * Adds a strong ETag to `{ attributes }` responses. Express's own freshness check (res.send →
 * req.fresh) then answers a matching If-None-Match with 304 and no body; the app disables
 * Express's automatic weak ETags so this one is the only tag. Profiles are personal, so nothing
 * may be stored by any cache: Cache-Control: no-store.
 */
@Injectable()
export class AttributesEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: { attributes: Attributes }) => {
        res.setHeader('ETag', attributesEtag(body.attributes));
        res.setHeader('Cache-Control', 'no-store');
        return body;
      }),
    );
  }
}
