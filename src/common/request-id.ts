import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
// A client-chosen id is echoed into logs and responses, so only a short, plain token is accepted.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the caller's X-Request-Id when it is safe, otherwise a new one. Fastify's
 * `genReqId`, so it becomes `request.id`; the response echoes it (see registerRequestIds).
 */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

export function requestIdOf(req: { id?: unknown }): string | undefined {
  const id = req.id;
  return typeof id === 'string' ? id : undefined;
}
