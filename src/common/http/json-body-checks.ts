import { scanJsonText } from '../json/json-duplicate-keys';
import { AppError, ProblemItem } from '../errors/app-error';
import { reservedKeyProblems } from './reserved-keys';

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
 * A request body as the routes get it: decoded by its charset, refused (400 validation-failed)
 * when it nests too deeply, repeats a key or uses a reserved key (`__proto__`, `constructor`,
 * `prototype`), else parsed. Throws AppError; the content-type parser passes it on to the
 * problem filter, so nothing reaches a route.
 */
export function parseJsonBody(body: Buffer, contentType: string | undefined): unknown {
  const text = decode(body, charsetOf(contentType));
  const errors = jsonBodyProblems(text);
  if (errors.length > 0) {
    throw new AppError('validation-failed', {
      detail: 'The JSON body nests too deeply or repeats a key.',
      errors,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message quotes the body: it stays out of the response.
    throw new AppError('bad-request', { detail: 'The body is not valid JSON.' });
  }
  // JSON.parse keeps `__proto__` as an own key; the ValidationPipe would later drop it silently
  // (`{"attributes":{"__proto__":"x","name":"A"}}` applied as `{"name":"A"}`): refuse instead.
  const reserved = reservedKeyProblems(value);
  if (reserved.length > 0) {
    throw new AppError('validation-failed', {
      detail: 'The body uses reserved keys (__proto__, constructor, prototype).',
      errors: reserved,
    });
  }
  return value;
}

function charsetOf(contentType: string | undefined): string {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1].toLowerCase() : 'utf-8';
}

function decode(body: Buffer, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf8') return body.toString('utf8');
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    // A charset TextDecoder does not know (utf-32): refuse rather than guess.
    throw new AppError('unsupported-media-type', { detail: 'Send the body as UTF-8 JSON.' });
  }
}
