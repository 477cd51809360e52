import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (`validation-failed`, `bad-request`, `code-mismatch`, `code-expired`)',
  401: 'Missing, invalid or expired access token (`invalid-token`)',
  403: 'Not allowed (`insufficient-scope`, `attribute-not-writable`, `forbidden`, …)',
  404: 'Not found',
  409: 'Conflict (`alias-exists`, `username-exists`)',
  412: 'If-Match does not match the current ETag (`precondition-failed`)',
  413: 'Body too large (`payload-too-large`)',
  415: 'Body is not application/json (`unsupported-media-type`)',
  422: 'Invalid attribute values (`invalid-attribute-value`), listed in `errors`',
  429: 'Rate limited (`too-many-requests`); see Retry-After',
  502: 'Cognito failed (`upstream-error`, `code-delivery-failed`)',
  503: 'Cognito unavailable (`upstream-unavailable`); see Retry-After',
  504: 'Cognito timed out (`upstream-timeout`)',
};

/** Documents problem+json error responses for the given statuses. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: {
          'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } },
        },
      }),
    ),
  );
}
