import type { FastifyInstance } from 'fastify';
import { matchedRoute } from '../common/http/matched-route';
import type { Metrics } from './metrics';

/** Requests that matched no route share one label value, so scanners cannot explode the series. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Counts and times every request once its response is sent (CORS preflights, 404s and refused
 * bodies included).
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = matchedRoute(request) ?? UNMATCHED_ROUTE;
    metrics.recordHttp(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
