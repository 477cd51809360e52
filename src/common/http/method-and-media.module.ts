import {
  Injectable,
  MiddlewareConsumer,
  Module,
  NestMiddleware,
  NestModule,
  OnModuleInit,
  RequestMethod,
} from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import Negotiator from 'negotiator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../errors/app-error';
import { KnownRoute, RouteTable } from './known-routes';

/** What every API route can answer with: JSON, or problem+json for errors. */
export const API_MEDIA_TYPES = ['application/json', 'application/problem+json'];

/** The routes the controllers declare, read from their metadata once the app is built. */
@Injectable()
export class ApiRoutes implements OnModuleInit {
  private table = new RouteTable([]);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const routes: KnownRoute[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new () => object) | undefined;
      if (!controller?.prototype) continue;
      const bases = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const base of bases) {
          for (const path of pathsOf(Reflect.getMetadata(PATH_METADATA, handler))) {
            routes.push({ method: RequestMethod[method], path: `/${base}/${path}` });
          }
        }
      }
    }
    this.table = new RouteTable(routes);
  }

  allowed(path: string): string[] | undefined {
    return this.table.allowed(path);
  }
}

function pathsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : ''];
}

/**
 * 405 with `Allow` for a known path asked with another method (unknown paths stay 404), and 406
 * when `Accept` rules out both JSON and problem+json. Plain Node request/response only, so it
 * does not depend on the HTTP stack.
 */
@Injectable()
export class MethodAndMediaMiddleware implements NestMiddleware {
  constructor(private readonly routes: ApiRoutes) {}

  use(req: IncomingMessage, _res: ServerResponse, next: (error?: unknown) => void): void {
    // Express strips a mount path from req.url; originalUrl keeps it (Fastify's raw url is whole).
    const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const path = url.split('?')[0];
    const allowed = this.routes.allowed(path);
    if (allowed === undefined) return next();
    if (!allowed.includes(req.method ?? 'GET')) {
      throw new AppError('method-not-allowed', {
        detail: `${req.method} is not allowed here; allowed: ${allowed.join(', ')}.`,
        headers: { Allow: allowed.join(', ') },
      });
    }
    if (req.headers.accept && new Negotiator(req).mediaType(API_MEDIA_TYPES) === undefined) {
      throw new AppError('not-acceptable', {
        detail: `This API answers with ${API_MEDIA_TYPES.join(' or ')} only.`,
      });
    }
    next();
  }
}

@Module({ imports: [DiscoveryModule], providers: [ApiRoutes] })
export class MethodAndMediaModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MethodAndMediaMiddleware).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
