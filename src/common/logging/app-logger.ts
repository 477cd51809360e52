import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';

/**
 * Nest's own start-up chatter (a line per module, controller and route): at debug, so that in
 * local mode the banner with the URLs and the demo user is the last thing on the screen. Its one
 * "Nest application successfully started" line (NestApplication) stays: it comes before the
 * banner, and supervisors wait for it.
 */
const STARTUP_CONTEXTS: ReadonlySet<string> = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
]);

/**
 * Nest's LoggerService over the app's pino logger: nestjs-pino's mapping of Nest's logger
 * contract (context, object-first calls, the exception handlers' `error(message, stack)`), on a
 * logger of this app's own rather than nestjs-pino's process-wide one (tests build several apps
 * in one process, each with its own destination).
 */
export class AppLogger extends PinoNestLogger {
  constructor(root: Logger) {
    super(root as unknown as PinoLogger, {});
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) {
      super.debug(message, ...optionalParams);
      return;
    }
    super.log(message, ...optionalParams);
  }
}
