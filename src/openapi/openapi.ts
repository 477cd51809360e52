import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ProblemDto, ProblemItemDto } from '../common/errors/problem.dto';
import { RESPONSE_HEADERS, responseHeaders } from './openapi-headers';
import { classifyRoute } from '../rate-limit/classify-route';

const LOCAL_URL = 'http://127.0.0.1:3000';

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
    .addServer(LOCAL_URL, 'Local: `npm start`')
    .addServer('{baseUrl}', 'Any other deployment', {
      baseUrl: { default: LOCAL_URL, description: 'Where the service is reachable' },
    })
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Cognito access token',
    })
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, ProblemItemDto],
  });
  document.components = { ...document.components, headers: RESPONSE_HEADERS };
  for (const schema of Object.values(document.components.schemas ?? {})) {
    unwrapLoneAllOf(schema as SchemaObject);
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation) describeContract(document, method, path, operation);
    }
  }
  return document;
}

/** What every operation says the same way, so no controller has to remember it. */
function describeContract(
  document: OpenAPIObject,
  method: string,
  path: string,
  operation: OperationObject,
): void {
  // Routes without @ApiBearerAuth are @Public(): say so, rather than inherit the global bearer.
  operation.security ??= [];
  const isPublic = operation.security.length === 0;
  const limited = classifyRoute({ method, path: path.replace(/\{(\w+)\}/g, ':$1'), isPublic });
  for (const response of Object.values(operation.responses)) {
    const res = response as ResponseObject;
    res.headers = {
      ...responseHeaders(
        'X-Request-Id',
        ...(limited ? (['RateLimit', 'RateLimit-Policy'] as const) : []),
      ),
      ...res.headers,
    };
  }
  // Request bodies are closed, as the ValidationPipe enforces (forbidNonWhitelisted).
  for (const media of Object.values(
    (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)
      ?.content ?? {},
  )) {
    const schema = schemaOf(document, media.schema as SchemaObject | ReferenceObject | undefined);
    if (schema?.type === 'object') schema.additionalProperties = false;
  }
}

/** `{ allOf: [$ref] }` with nothing beside it is the `$ref` itself (Nest wraps enum refs so). */
function unwrapLoneAllOf(schema: SchemaObject): void {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const { allOf, ...rest } = property as SchemaObject;
    if (allOf?.length === 1 && Object.keys(rest).length === 0) schema.properties![name] = allOf[0];
  }
}

function schemaOf(
  document: OpenAPIObject,
  schema: SchemaObject | ReferenceObject | undefined,
): SchemaObject | undefined {
  if (!schema || !('$ref' in schema)) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return document.components?.schemas?.[name] as SchemaObject | undefined;
}

export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    // Served live, "this server" comes first, so Swagger UI's "Try it out" calls the host it was
    // loaded from whatever port or name that is; the committed spec keeps the useful defaults.
    patchDocumentOnRequest: (_req, _res, document) => ({
      ...document,
      servers: [{ url: '/', description: 'This server' }, ...(document.servers ?? [])],
    }),
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
  });
}
