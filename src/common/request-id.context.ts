import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { requestIdOf } from './request-id';

/**
 * The request context: the request id, in Node's AsyncLocalStorage, so it reaches audit events
 * without any layer passing it on. RequestContextGuard opens it as the first global guard (the
 * list is in src/app.module.ts): after the body is read, whose stream callbacks would lose a
 * context opened earlier, and before any guard, interceptor, handler or service records an event.
 *
 * Not nestjs-cls: it registers a global no-op interceptor on every route, and any interceptor
 * puts a route on Nest's rxjs interceptor chain (two AsyncResource.bind per request, which build
 * deprecation wrappers on Node 20) — about a third of the framework floor's CPU in
 * `npm run bench:profile`. What is needed here is one value per request.
 */
const context = new AsyncLocalStorage<string>();

@Injectable()
export class RequestContextGuard implements CanActivate {
  canActivate(execution: ExecutionContext): boolean {
    const id = requestIdOf(execution.switchToHttp().getRequest<{ id?: unknown }>());
    // enterWith, not run: the rest of this request's async chain (the other guards, interceptors,
    // the handler and what it awaits) continues from here.
    if (id) context.enterWith(id);
    return true;
  }
}

/** The id of the request being handled; undefined outside one (start-up, background work). */
export function currentRequestId(): string | undefined {
  return context.getStore();
}

/** Runs `work` as if inside the request `id` (tests, and work started on a request's behalf). */
export function withRequestId<T>(id: string, work: () => T): T {
  return context.run(id, work);
}
