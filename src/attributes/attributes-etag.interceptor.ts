import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import type { Attributes } from '../identity-provider/identity-provider';
import { attributesEtag } from './attributes-etag';

/**
 * Adds a strong ETag and no-store to `{ attributes }` responses (see withAttributesEtag). Hot
 * routes call withAttributesEtag directly: an interceptor costs far more CPU than the work it does.
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
