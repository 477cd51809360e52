import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { setupSwagger } from './openapi';

export const JSON_BODY_LIMIT = '16kb';

/** Everything global about the HTTP app, shared by main.ts, the tests and the OpenAPI generator. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  // Our own strong ETag on attribute reads; Express's automatic weak ETags would add a second one.
  app.set('etag', false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      // Swagger UI needs inline styles and scripts from its own bundle.
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, strict: true });
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
