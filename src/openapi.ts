import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto, ProblemItemDto } from './common/errors/problem.dto';

/** The one way the OpenAPI document is built: for /docs, /docs-json and openapi/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('profile-bff')
    .setDescription(
      'Read and change your own Amazon Cognito user attributes, safely. ' +
        'Every /me route needs `Authorization: Bearer <Cognito access token>`. ' +
        'Errors are RFC 9457 `application/problem+json` with a stable `code`.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Cognito access token',
    })
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto, ProblemItemDto] });
}

export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
  });
}
