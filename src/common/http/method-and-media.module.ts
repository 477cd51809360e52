import { Injectable, Module, OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import Negotiator from 'negotiator';
import type { onRequestHookHandler } from 'fastify';
import { AppError } from '../errors/app-error';
import { KnownRoute, normalisedPath, RouteTable } from './known-routes';
import { pathOf } from './matched-route';

/** What every API route can answer with: JSON, or problem+json for errors. */
export const API_MEDIA_TYPES = ['application/json', 'application/problem+json'];

/** The routes the controllers declare, read from their metadata once the app is built. */
@Injectable()
export class ApiRoutes implements OnModuleInit {
  private table = new RouteTable([]);
  private patterns: ReadonlySet<string> = new Set();

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
    this.patterns = new Set(routes.map((r) => normalisedPath(r.path)));
  }

  allowed(path: string): string[] | undefined {
    return this.table.allowed(path);
  }

  /** Whether Fastify's matched route pattern is one of the controllers' routes. */
  isApiRoute(pattern: string | undefined): boolean {
    return pattern !== undefined && this.patterns.has(normalisedPath(pattern));
  }
}

function pathsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : ''];
}

/**
 * 405 with `Allow` for a known path asked with another method (unknown paths stay 404), and 406
 * when `Accept` rules out both JSON and problem+json. A Fastify onRequest hook: the 405 check
 * runs only for requests no route matched, the 406 check only on API routes.
 */
export function methodAndMediaHook(routes: ApiRoutes): onRequestHookHandler {
  return (request, _reply, done) => {
    if (request.is404) {
      const allowed = routes.allowed(pathOf(request.url));
      if (allowed !== undefined && !allowed.includes(request.method)) {
        return done(
          new AppError('method-not-allowed', {
            detail: `${request.method} is not allowed here; allowed: ${allowed.join(', ')}.`,
            headers: { Allow: allowed.join(', ') },
          }),
        );
      }
      return done();
    }
    const accept = request.headers.accept;
    if (
      accept !== undefined &&
      !ACCEPTED_AS_IS.has(accept) &&
      routes.isApiRoute(request.routeOptions.url) &&
      new Negotiator(request.raw).mediaType(API_MEDIA_TYPES) === undefined
    ) {
      return done(
        new AppError('not-acceptable', {
          detail: `This API answers with ${API_MEDIA_TYPES.join(' or ')} only.`,
        }),
      );
    }
    done();
  };
}

// What clients send most; negotiation would accept them anyway.
const ACCEPTED_AS_IS: ReadonlySet<string> = new Set(['*/*', 'application/json', '']);

@Module({ imports: [DiscoveryModule], providers: [ApiRoutes], exports: [ApiRoutes] })
export class MethodAndMediaModule {}
