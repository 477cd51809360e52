import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { assignRequestId } from '../request-id';
import { REDACT_PATHS } from './redaction';

/**
 * pino JSON logs, one line per request (request id, user sub, route, status, latency).
 * Secrets and personal data are removed by path before a line is written.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: assignRequestId,
          redact: { paths: REDACT_PATHS, censor: '[redacted]' },
          customProps: (req) => ({ sub: (req as { user?: { sub?: string } }).user?.sub }),
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              // Query strings may carry attribute names or values: log the path only.
              url: req.url.split('?')[0],
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          customSuccessMessage: (req, res) => `${req.method} ${res.statusCode}`,
          customErrorMessage: (req, res) => `${req.method} ${res.statusCode}`,
          autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
