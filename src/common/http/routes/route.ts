import { applyDecorators, HttpCode, RequestMapping, RequestMethod, Type } from '@nestjs/common';
import { ApiOperation, ApiResponse, DECORATORS } from '@nestjs/swagger';
import { type ResponseHeaderName, responseHeaders } from '../../../openapi/openapi-headers';
import { ApiProblemResponses } from '../../errors/api-problem-responses.decorator';
import type { ErrorCode } from '../../errors/error-codes';

/** A route's one success response: its status and how the spec documents it. */
export interface Success {
  status: 200 | 201 | 202 | 204;
  document: MethodDecorator;
}

/** What every route says about itself, whatever its kind. */
export interface RouteSpec {
  /** Unique and readable, e.g. `getMyAttributes`: generated clients name their functions so. */
  operationId: string;
  /** Problem codes this route can return besides the ones every route of its kind can. */
  problems?: readonly ErrorCode[];
}

const success =
  (status: Success['status']) =>
  (type: Type<unknown> | undefined, description: string, ...headers: ResponseHeaderName[]) => ({
    status,
    document: ApiResponse({
      status,
      ...(type ? { type } : {}),
      description,
      ...(headers.length > 0 ? { headers: responseHeaders(...headers) } : {}),
    }),
  });

export const ok = success(200);
export const created = success(201);
export const accepted = success(202);
export const noContent = (description: string): Success => success(204)(undefined, description);

/**
 * The one composition every kind of route builds on: method and path, status, operationId, the
 * success response, every problem response (one ApiProblemResponses call, so each status lists
 * all its codes), and whatever the kind adds (auth, rate limit, interceptors, parameters).
 */
export function Route(
  method: keyof typeof RequestMethod,
  path: string,
  spec: RouteSpec & { success: Success; problems: readonly ErrorCode[] },
  ...kind: Array<MethodDecorator | ClassDecorator>
): MethodDecorator {
  return applyDecorators(
    RequestMapping({ method: RequestMethod[method], path }),
    HttpCode(spec.success.status),
    ApiOperation({ operationId: spec.operationId }),
    ...kind,
    spec.success.document,
    ApiProblemResponses(...spec.problems),
    OnlyDeclaredSuccess(spec.success.status),
  );
}

/**
 * The Swagger CLI plugin adds a success response from the handler's return type unless it sees an
 * `Api…Response` decorator or `@HttpCode` on the method itself, and it cannot see them inside a
 * composed decorator: it would add a 200 to a route that answers 202 or 204. Its decorator is
 * applied before the method's own, so this one, applied last, removes any 2xx but the route's.
 */
function OnlyDeclaredSuccess(status: number): MethodDecorator {
  return (_target, _key, descriptor) => {
    const responses = Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) as
      Record<string, unknown> | undefined;
    for (const key of Object.keys(responses ?? {})) {
      if (/^2\d\d$/.test(key) && Number(key) !== status) delete responses![key];
    }
    return descriptor;
  };
}
