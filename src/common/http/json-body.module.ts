import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { json } from 'express';
import { verifyJsonBody } from './json-body-checks';
import { refuseReservedKeys } from './reserved-keys.middleware';
import { strictJsonContentType } from './strict-json.middleware';

/**
 * Request bodies: JSON only (else 415), at most this large (else 413); no deeper than
 * MAX_JSON_BODY_DEPTH, no repeated keys and no reserved keys (400).
 */
export const JSON_BODY_LIMIT = '16kb';

/**
 * Body parsing as module middleware rather than in configureApp: Nest registers module
 * middleware after whatever configureApp mounts, and the request logger (nestjs-pino, a global
 * module, so first) must see a request before the parser can refuse it, or a 413/415 would have
 * no request id and no log line. This module is not global, so it always comes after the logger.
 */
@Module({})
export class JsonBodyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(
        strictJsonContentType,
        json({ limit: JSON_BODY_LIMIT, strict: true, verify: verifyJsonBody }),
        refuseReservedKeys,
      )
      .forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
