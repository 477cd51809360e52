import type { IncomingMessage, ServerResponse } from 'node:http';
import { scanJsonText } from '../json/json-duplicate-keys';
import { AppError, ProblemItem } from '../errors/app-error';

/**
 * How deep a request body may nest objects and arrays. The deepest valid body is two levels
 * (`{"attributes":{...}}`); 32 leaves room for any future shape while keeping recursive walkers
 * (class-transformer in the ValidationPipe) thousands of frames away from a stack overflow.
 */
export const MAX_JSON_BODY_DEPTH = 32;

/**
 * Problems with a JSON body's text, found in one linear scan before it is parsed: too deep,
 * or a key given twice (JSON.parse would keep the last one silently, even a whole second
 * `attributes` object). Pure, so any HTTP stack can call it on the raw text.
 */
export function jsonBodyProblems(text: string): ProblemItem[] {
  const scan = scanJsonText(text, { maxDepth: MAX_JSON_BODY_DEPTH });
  if (scan.tooDeep) {
    const message = `the body nests objects and arrays deeper than ${MAX_JSON_BODY_DEPTH} levels`;
    return [{ code: 'json-too-deep', message }];
  }
  return scan.duplicates.map((path) => ({
    code: 'duplicate-key',
    message: `the key ${path} appears more than once`,
  }));
}

/**
 * The body parser's `verify` hook (Express `json()`; Fastify: a content-type parser would call
 * jsonBodyProblems the same way): refuses the raw body before it is parsed. body-parser passes
 * the thrown AppError on (400 problem+json); nothing reaches a route.
 */
export function verifyJsonBody(
  _req: IncomingMessage,
  _res: ServerResponse,
  body: Buffer,
  encoding: string,
): void {
  const errors = jsonBodyProblems(decode(body, encoding));
  if (errors.length === 0) return;
  throw new AppError('validation-failed', {
    detail: 'The JSON body nests too deeply or repeats a key.',
    errors,
  });
}

function decode(body: Buffer, encoding: string): string {
  try {
    return new TextDecoder(encoding || 'utf-8').decode(body);
  } catch {
    // A charset body-parser knows and TextDecoder does not (utf-32): refuse rather than let an
    // unchecked body through.
    throw new AppError('unsupported-media-type', { detail: 'Send the body as UTF-8 JSON.' });
  }
}
