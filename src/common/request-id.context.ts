import { ExecutionContext, Module } from '@nestjs/common';
import { ClsGuard, ClsModule, ClsServiceManager } from 'nestjs-cls';
import { requestIdOf } from './request-id';

/**
 * The request context (AsyncLocalStorage, through nestjs-cls), so the request id reaches audit
 * events without any layer passing it on. ClsGuard opens it as the first global guard (the list
 * is in src/app.module.ts): after the body is read, whose stream callbacks would lose a context
 * opened earlier, and before any guard, interceptor, handler or service can record an event.
 */
@Module({
  imports: [
    ClsModule.forRoot({
      global: true,
      guard: {
        mount: false,
        // No plugins or proxy providers here. nestjs-cls keeps its plugin hooks in one instance
        // per process, replaced by every app built: one that failed to start (the tests build
        // several apps in one process) would leave it unset, and every request would fail (500).
        initializePlugins: false,
        resolveProxyProviders: false,
        generateId: true,
        idGenerator: (context: ExecutionContext) =>
          requestIdOf(context.switchToHttp().getRequest<{ id?: unknown }>()) ?? '',
      },
    }),
  ],
  providers: [ClsGuard],
  exports: [ClsGuard],
})
export class RequestContextModule {}

/** The id of the request being handled; undefined outside one (start-up, background work). */
export function currentRequestId(): string | undefined {
  const cls = ClsServiceManager.getClsService();
  const id = cls.isActive() ? cls.getId() : undefined;
  return id || undefined;
}
