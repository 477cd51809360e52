import { Global, Module } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AppLogger } from './app-logger';
import { REDACT_PATHS } from './redaction';

/**
 * Where log lines go: stdout (null) unless a test overrides this provider with a stream of its own
 * (`override: (b) => b.overrideProvider(LOG_DESTINATION).useValue(stream)`).
 */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/** The app's pino logger: request lines, problems and Nest's own logs all go through it. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** pino, JSON lines; human-readable (pino-pretty) with LOG_FORMAT=pretty, the development default. */
export function createRootLogger(config: AppConfig, destination: DestinationStream | null): Logger {
  const options = {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  if (config.logFormat === 'pretty') {
    const pretty = loadPrettyPrinter();
    if (pretty) return pino(options, pretty);
  }
  return pino(options);
}

/**
 * pino-pretty is a dev dependency: without it (a production install) lines stay JSON. Its
 * synchronous stream, not a worker transport, so lines and the banner keep their order.
 */
function loadPrettyPrinter(): DestinationStream | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pretty({ sync: true, colorize: true, ignore: 'pid,hostname' });
  } catch {
    return undefined;
  }
}

@Global()
@Module({
  providers: [
    { provide: LOG_DESTINATION, useValue: null },
    { provide: ROOT_LOGGER, inject: [APP_CONFIG, LOG_DESTINATION], useFactory: createRootLogger },
    {
      provide: AppLogger,
      inject: [ROOT_LOGGER],
      useFactory: (root: Logger) => new AppLogger(root),
    },
  ],
  exports: [ROOT_LOGGER, AppLogger],
})
export class LoggingModule {}
