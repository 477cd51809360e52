import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { corsOptions } from './common/http/cors-options';
import { applyHttpServerTimeouts } from './common/http/http-server-timeouts';
import { hstsWhenSecure, securityHeaders } from './common/http/security-headers';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.module';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { Metrics } from './metrics/metrics';
import { setupSwagger } from './openapi/openapi';

// Bodies are parsed (JSON only, ≤ 16 KB) by JsonBodyModule, after the request logger.
export { JSON_BODY_LIMIT } from './common/http/json-body.module';

/** Everything global about the HTTP app, shared by main.ts, the tests and the OpenAPI generator. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  // Client IPs (rate limits, logs) and req.secure come from X-Forwarded-* only for the hops
  // TRUST_PROXY names; by default only the socket counts.
  app.set('trust proxy', config.security.trustProxy);
  // Our own strong ETag on attribute reads; Express's automatic weak ETags would add a second one.
  app.set('etag', false);
  app.disable('x-powered-by');
  // Here rather than in createApp, so the e2e specs' servers get the same deadlines as main's.
  applyHttpServerTimeouts(app.getHttpServer(), config.httpServer);
  // First, so every request is counted, CORS preflights and refused bodies included.
  app.use(httpMetricsMiddleware(app.get(Metrics)));
  app.use(securityHeaders());
  app.use(hstsWhenSecure());
  const cors = corsOptions(config.security.corsOrigins);
  if (cors) app.enableCors(cors);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // Field messages are safe; the rejected value is never echoed.
      validationError: { target: false, value: false },
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  setupSwagger(app);
  return app;
}
