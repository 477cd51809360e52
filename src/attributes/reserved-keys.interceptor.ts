import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { AppError, ProblemItem } from '../common/errors/app-error';

const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];
const MAPS = ['attributes', 'clientMetadata'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Refuses `__proto__`, `constructor` and `prototype` keys in a request body (400), where
 * Express's JSON parser keeps them as own keys. It must run before the ValidationPipe: that pipe
 * deletes those keys in place, so `{"attributes":{"__proto__":"x","name":"A"}}` would otherwise
 * be quietly applied as `{"name":"A"}` — the caller must learn the request was refused.
 * Nothing here merges or assigns: keys are only read.
 */
@Injectable()
export class ReservedKeysInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    const errors = reservedKeyProblems(body);
    if (errors.length > 0) {
      throw new AppError('validation-failed', {
        detail: 'The body uses reserved keys (__proto__, constructor, prototype).',
        errors,
      });
    }
    return next.handle();
  }
}

export function reservedKeyProblems(body: unknown): ProblemItem[] {
  if (!isObject(body)) return [];
  const problems: ProblemItem[] = reserved(body).map((key) => ({
    code: 'reserved-key',
    message: `"${key}" is not allowed in the body`,
  }));
  for (const field of MAPS) {
    const map = body[field];
    if (!isObject(map)) continue;
    for (const key of reserved(map)) {
      problems.push(
        field === 'attributes'
          ? {
              attribute: key,
              code: 'invalid-attribute-name',
              message: 'attribute name is not allowed',
            }
          : { code: 'reserved-key', message: `"${key}" is not allowed in ${field}` },
      );
    }
  }
  return problems;
}

function reserved(map: Record<string, unknown>): string[] {
  return RESERVED_KEYS.filter((key) => Object.prototype.hasOwnProperty.call(map, key));
}
