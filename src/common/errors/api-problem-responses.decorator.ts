import { applyDecorators } from '@nestjs/common';
import { ApiResponse, ApiResponseOptions, getSchemaPath } from '@nestjs/swagger';
import { ResponseHeaderName, responseHeaders } from '../../openapi/openapi-headers';
import { ERROR_CODES, ErrorCode } from './error-codes';
import { ProblemDto } from './problem.dto';

const PROBLEM_HEADERS: Record<number, ResponseHeaderName[]> = {
  401: ['WWW-Authenticate'],
  403: ['WWW-Authenticate'],
  412: ['ETag'],
  429: ['Retry-After'],
  503: ['Retry-After'],
  504: ['Retry-After'],
};

/**
 * Documents the problem+json responses an operation can give, from the codes it can return:
 * one response per status, whose `code` is narrowed to those codes (so a generated client can
 * switch on it without casts), with the headers that status carries.
 */
export function ApiProblemResponses(
  ...codes: readonly ErrorCode[]
): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const { status } = ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, statusCodes]) =>
      ApiResponse(problemResponse(status, statusCodes)),
    ),
  );
}

/** The one way a problem response is documented: one status, the codes it can carry. */
export function problemResponse(status: number, codes: readonly ErrorCode[]): ApiResponseOptions {
  return {
    status,
    description: codes.map((c) => `\`${c}\`: ${ERROR_CODES[c].title}`).join('; '),
    headers: responseHeaders(...(PROBLEM_HEADERS[status] ?? [])),
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ProblemDto) },
            { type: 'object', properties: { code: { type: 'string', enum: [...codes] } } },
          ],
        },
      },
    },
  };
}
