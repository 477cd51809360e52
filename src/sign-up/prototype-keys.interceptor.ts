import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppError, ProblemItem } from '../common/errors/app-error';

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Every `__proto__`, `constructor` or `prototype` key anywhere in a parsed JSON body. */
export function prototypeKeyProblems(body: unknown): ProblemItem[] {
  const problems: ProblemItem[] = [];
  // Iterative, so a deeply nested body can't overflow the stack.
  const pending: { value: unknown; attributes: boolean }[] = [{ value: body, attributes: false }];
  while (pending.length > 0) {
    const { value, attributes } = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (PROTOTYPE_KEYS.has(key)) {
        problems.push(
          attributes
            ? {
                attribute: key,
                code: 'invalid-attribute-name',
                message: 'attribute name is not allowed',
              }
            : { code: 'invalid-field', message: `a key named "${key}" is not allowed` },
        );
      }
      pending.push({ value: item, attributes: value === body && key === 'attributes' });
    }
  }
  return problems;
}

/**
 * Nest's ValidationPipe deletes `__proto__`, `constructor` and `prototype` keys from a body
 * before validating it, silently: a sign-up naming one would go ahead without it. Interceptors
 * run before pipes, so this sees the body as sent and refuses it instead (400, nothing done).
 */
@Injectable()
export class PrototypeKeysInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const problems = prototypeKeyProblems(context.switchToHttp().getRequest<Request>().body);
    if (problems.length > 0) throw new AppError('validation-failed', { errors: problems });
    return next.handle();
  }
}
