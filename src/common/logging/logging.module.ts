import { Module } from '@nestjs/common';
import type { Request } from 'express';
import { LoggerModule, Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { matchedRoute } from '../http/matched-route';
import { JsonBodyModule } from '../http/json-body.module';
import { assignRequestId } from '../request-id';
import { loggablePath } from './log-path';
import { REDACT_PATHS } from './redaction';

/**
 * Where log lines go: stdout (null) unless a test overrides this provider with a stream of its own
 * (`override: (b) => b.overrideProvider(LOG_DESTINATION).useValue(stream)`).
 */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

// Probes and scrapes every few seconds would drown the request log.
const QUIET_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * pino JSON logs, one line per request: request id, method, path (no query string), matched
 * route pattern, user sub, status, latency. Headers and bodies are never serialized; secrets and
 * personal data that reach a log object anyway are removed by path before a line is written.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      providers: [{ provide: LOG_DESTINATION, useValue: null }],
      inject: [APP_CONFIG, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream | null): Params => {
        const options: Options = {
          level: config.logLevel,
          genReqId: assignRequestId,
          redact: { paths: REDACT_PATHS, censor: '[redacted]' },
          // pino-http calls this when the request starts and again when it ends; only the end
          // knows the user (set by the guard) and the matched route, and adding them at the start
          // as well would repeat the keys in the line.
          customProps: (req, res) =>
            res.headersSent
              ? {
                  sub: (req as { user?: { sub?: string } }).user?.sub,
                  route: matchedRoute(req as Request),
                }
              : {},
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              // Query strings may carry attribute names or values, and admin paths name users
              // (often by email): the path only, with those segments redacted.
              url: loggablePath(req.url),
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          customSuccessMessage: (req, res) => `${req.method} ${res.statusCode}`,
          customErrorMessage: (req, res) => `${req.method} ${res.statusCode}`,
          autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url ?? '') },
        };
        return { pinoHttp: destination ? [options, destination] : options };
      },
    }),
    // Imported here, after the logger, because its body parser must run after it.
    JsonBodyModule,
  ],
})
export class LoggingModule {}
