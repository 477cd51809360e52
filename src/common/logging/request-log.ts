import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { RequestWithUser } from '../../auth/current-user.decorator';
import { matchedRoute } from '../http/matched-route';
import { loggablePath } from './log-path';

// Probes and scrapes every few seconds would drown the request log.
const QUIET_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * What ties a log line to its request: id, method and path (no query string, segments that may
 * be personal data redacted). Query strings may carry attribute names or values, and admin paths
 * name users (often by email).
 */
export function requestBindings(req: FastifyRequest): {
  req: { id: string; method: string; url: string };
} {
  return { req: { id: req.id, method: req.method, url: loggablePath(req.url) } };
}

/**
 * One line per request once its response is sent: request id, method, path, matched route
 * pattern, user sub, status, latency (ms). Headers and bodies are never serialized; secrets and
 * personal data that reach a log object anyway are removed by the logger's redaction paths.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Logger): void {
  if (!logger.isLevelEnabled('info')) return;
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!QUIET_PATHS.test(request.url)) {
      const status = reply.statusCode;
      const line = {
        ...requestBindings(request),
        res: { statusCode: status },
        responseTime: Math.round(reply.elapsedTime),
        sub: (request as RequestWithUser).user?.sub,
        route: matchedRoute(request),
      };
      if (status >= 500) logger.error(line, `${request.method} ${status}`);
      else logger.info(line, `${request.method} ${status}`);
    }
    done();
  });
}
