import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * 415 for a body that is not application/json. Without it a form or text body would be ignored by
 * the JSON parser and reach validation as an empty object, with a misleading error.
 */
export function strictJsonContentType(req: Request, _res: Response, next: NextFunction): void {
  if (!METHODS_WITH_BODY.has(req.method) || !hasBody(req) || req.is('application/json')) {
    next();
    return;
  }
  next(
    new AppError('unsupported-media-type', {
      detail: 'Send the request body as application/json.',
      // RFC 5789 §2.2: a 415 to PATCH says which patch formats are accepted.
      headers: req.method === 'PATCH' ? { 'Accept-Patch': 'application/json' } : {},
    }),
  );
}
