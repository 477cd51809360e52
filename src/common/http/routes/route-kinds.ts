import { Type, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiParam } from '@nestjs/swagger';
import { AdminOnly } from '../../../attributes/admin/admin-group.guard';
import { EtagResultInterceptor } from '../../../attributes/etag/etag-result.interceptor';
import { Public } from '../../../auth/public.decorator';
import { ApiTaggedRead, ApiTaggedWrite } from '../../../openapi/openapi-responses';
import { RateLimit, SkipRateLimit } from '../../../rate-limit/rate-limit.decorator';
import type { ErrorCode } from '../../errors/error-codes';
import { AUTHENTICATED_PROBLEMS, ROUTE_PROBLEMS as P } from '../../errors/route-problems';
import { Route, RouteSpec, Success } from './route';

/**
 * One decorator per kind of route: each says, once, what every route of its kind shares — who may
 * call it, its rate-limit bucket, its success response and headers, and the problems it can give
 * (authenticated kinds: 401/403/429/5xx from AUTHENTICATED_PROBLEMS). A handler adds only what is
 * its own: operationId, success type, extra problem codes.
 */

type Read = RouteSpec & { type: Type<unknown>; description: string };
/** A write answers 200 with `type`, or 204 without; either way with the new ETag. */
type Write = RouteSpec & { type?: Type<unknown> };

type Codes = readonly ErrorCode[];
type Extra = MethodDecorator & ClassDecorator;

const problems = (kind: Codes, spec: RouteSpec): Codes => [...kind, ...(spec.problems ?? [])];

/** A public read (health, schema): no token, not rate limited. */
export function PublicRead(path: string, spec: RouteSpec & { returns: Success }): MethodDecorator {
  return Route(
    'GET',
    path,
    { ...spec, success: spec.returns, problems: problems(P.any, spec) },
    Public(),
    SkipRateLimit(),
  );
}

/** A public write (sign-up): no token, a JSON body, limited per client IP. */
export function PublicWrite(path: string, spec: RouteSpec & { returns: Success }): MethodDecorator {
  const kind = [...P.any, ...P.limited, ...P.upstream, ...P.jsonBody];
  return Route(
    'POST',
    path,
    { ...spec, success: spec.returns, problems: problems(kind, spec) },
    Public(),
    RateLimit('sign-up'),
  );
}

const SELF = {
  ifMatch: 'ETag from GET /me/attributes',
  newEtag: 'Has the new ETag of your attributes',
};
const ADMIN = {
  ifMatch: 'ETag from GET /users/{username}/attributes',
  newEtag: "Has the new ETag of the user's attributes",
};

function taggedRead(spec: Read, problemCodes: Codes, ...kind: Extra[]) {
  return Route(
    'GET',
    '/',
    {
      ...spec,
      success: { status: 200, document: ApiTaggedRead(spec.type, spec.description) },
      problems: problems(problemCodes, spec),
    },
    ApiBearerAuth(),
    RateLimit('read'),
    UseInterceptors(EtagResultInterceptor),
    ...kind,
  );
}

const ATTRIBUTE_WRITE = {
  PATCH: [...P.jsonBody, ...P.attributeUpdate],
  DELETE: P.attributeDelete,
} as const satisfies Record<string, Codes>;

function taggedWrite(
  method: 'PATCH' | 'DELETE',
  spec: Write,
  texts: typeof SELF,
  problemCodes: Codes,
  ...kind: Extra[]
) {
  const status = spec.type ? 200 : 204;
  return Route(
    method,
    '/',
    {
      ...spec,
      success: {
        status,
        document: ApiTaggedWrite(status, texts.newEtag, spec.type, texts.ifMatch),
      },
      problems: problems(
        [...problemCodes, ...P.conditionalWrite, ...ATTRIBUTE_WRITE[method]],
        spec,
      ),
    },
    ApiBearerAuth(),
    RateLimit('write'),
    UseInterceptors(EtagResultInterceptor),
    ...kind,
  );
}

/** The caller's own attributes: ETag, Cache-Control, If-None-Match → 304. */
export function SelfServiceRead(spec: Read): MethodDecorator {
  return taggedRead(spec, AUTHENTICATED_PROBLEMS);
}

/** A change to the caller's own attributes: If-Match, the new ETag, step-up (401) for some. */
export function SelfServiceWrite(method: 'PATCH' | 'DELETE', spec: Write): MethodDecorator {
  return taggedWrite(method, spec, SELF, [...AUTHENTICATED_PROBLEMS, 'step-up-required']);
}

// Not an enum: any other name is a request the API answers (403 attribute-not-verifiable).
const KEY = ApiParam({
  name: 'key',
  description: 'Attribute to verify: `email` or `phone_number` (others → 403)',
  example: 'email',
});

/**
 * Sending or confirming a verification code for `:key`, limited in the `verify` bucket. Without
 * `returns`, it answers 204 with the new ETag (a confirmed value changes the attributes).
 */
export function VerificationRoute(
  path: string,
  spec: RouteSpec & { returns?: Success },
): MethodDecorator {
  const kind: Codes = [...AUTHENTICATED_PROBLEMS, ...P.jsonBody, 'attribute-not-verifiable'];
  const etag = spec.returns ? [] : [UseInterceptors(EtagResultInterceptor)];
  return Route(
    'POST',
    path,
    {
      ...spec,
      success: spec.returns ?? { status: 204, document: ApiTaggedWrite(204, SELF.newEtag) },
      problems: problems([...kind, 'nothing-to-verify'], spec),
    },
    ApiBearerAuth(),
    RateLimit('verify'),
    ...etag,
    KEY,
  );
}

/** Any user's attributes, for the admin group (AdminGroupGuard). */
export function AdminRead(spec: Read): MethodDecorator {
  return taggedRead(spec, [...AUTHENTICATED_PROBLEMS, ...P.admin], AdminOnly());
}

/** A change to any user's attributes, for the admin group: If-Match and the new ETag. */
export function AdminWrite(method: 'PATCH' | 'DELETE', spec: Write): MethodDecorator {
  return taggedWrite(method, spec, ADMIN, [...AUTHENTICATED_PROBLEMS, ...P.admin], AdminOnly());
}
