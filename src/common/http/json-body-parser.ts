import type { FastifyInstance } from 'fastify';
import { parseJsonBody } from './json-body-checks';

/**
 * Request bodies: JSON only (else 415), at most this many bytes (else 413); no deeper than
 * MAX_JSON_BODY_DEPTH, no repeated keys and no reserved keys (400).
 */
export const JSON_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Fastify's own parsers are replaced by one for application/json: any other media type is a 415
 * (without it a form or text body would reach validation as an empty object, with a misleading
 * error), and the JSON one scans the text (duplicate keys, depth) before parsing and checks the
 * parsed keys after. Fastify enforces the body limit while reading. Errors go through the
 * problem filter like any other.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: JSON_BODY_LIMIT_BYTES },
    (request, body, done) => {
      try {
        done(null, parseJsonBody(body as Buffer, request.headers['content-type']));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}
