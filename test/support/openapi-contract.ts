import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve } from 'node:path';

/**
 * Checks every response the e2e specs receive against the committed openapi/openapi.json: the
 * status is declared for the operation, the content type is one the response declares, the body
 * matches its schema, required headers are present and every declared header matches its schema.
 * A drift between code and spec fails the spec that saw it (test/support/openapi-contract.setup.ts).
 *
 * Schemas are checked with Ajv against the document itself, so `$ref`s resolve as in the spec.
 * (openapi-backend and openapi-response-validator only validate `application/json` bodies; every
 * error here is `application/problem+json`.)
 */

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation | unknown>>;
  components?: { headers?: Record<string, HeaderObject> };
}
interface Operation {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
interface ResponseObject {
  headers?: Record<string, HeaderObject | { $ref: string }>;
  content?: Record<string, unknown>;
}
interface HeaderObject {
  required?: boolean;
  schema?: { type?: string };
}

export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

const SPEC_FILE = resolve(__dirname, '..', '..', 'openapi', 'openapi.json');

export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly routes: { pattern: RegExp; template: string }[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly spec: OpenApiDocument = readSpec()) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(spec as object, 'openapi');
    this.routes = Object.keys(spec.paths)
      // Literal paths before templated ones, as routers match them.
      .sort((a, b) => a.split('{').length - b.split('{').length)
      .map((template) => ({ template, pattern: templatePattern(template) }));
  }

  /** Violations of the spec in one response; [] when it conforms or is not an API route. */
  check(res: ObservedResponse): string[] {
    const path = res.url.split('?')[0];
    const route = this.routes.find((r) => r.pattern.test(path));
    if (!route) return [];
    const item = this.spec.paths[route.template];
    const method = res.method.toLowerCase();
    const where = `${res.method} ${route.template} → ${res.status}`;
    const operation = (item[method] ?? (method === 'head' ? item.get : undefined)) as
      Operation | undefined;
    // 405 is the answer for a method the path lacks; OPTIONS is a CORS preflight, not an operation.
    if (!operation) {
      return res.status === 405 || method === 'options' ? [] : [`${where}: method not in the spec`];
    }
    const key = [String(res.status), `${String(res.status)[0]}XX`, 'default'].find(
      (k) => operation.responses[k],
    );
    if (!key) return [`${where}: status not declared`];
    const response = operation.responses[key];
    const pointer = `#/paths/${escape(route.template)}/${operation === item.get ? 'get' : method}/responses/${key}`;
    return [
      ...this.checkHeaders(where, response, res.headers),
      ...(method === 'head' ? [] : this.checkBody(where, pointer, response, res)),
    ];
  }

  private checkHeaders(
    where: string,
    response: ResponseObject,
    headers: ObservedResponse['headers'],
  ) {
    const problems: string[] = [];
    for (const [name, declared] of Object.entries(response.headers ?? {})) {
      const ref = (declared as { $ref?: string }).$ref;
      const header = ref ? this.spec.components?.headers?.[ref.split('/').pop()!] : declared;
      const value = headers[name.toLowerCase()];
      if (value === undefined) {
        if ((header as HeaderObject | undefined)?.required)
          problems.push(`${where}: no ${name} header`);
        continue;
      }
      const pointer = ref ? `${ref}/schema` : undefined;
      if (!pointer) continue;
      const raw = String(value);
      const typed = (header as HeaderObject).schema?.type === 'integer' ? Number(raw) : raw;
      const validate = this.validator(pointer);
      if (!validate(typed))
        problems.push(`${where}: header ${name} ${this.ajv.errorsText(validate.errors)}`);
    }
    return problems;
  }

  private checkBody(
    where: string,
    pointer: string,
    response: ResponseObject,
    res: ObservedResponse,
  ) {
    const contentType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    if (!response.content) {
      return res.body.length === 0 ? [] : [`${where}: a body where the spec declares none`];
    }
    if (!(contentType in response.content)) {
      return [`${where}: content type "${contentType}" not declared`];
    }
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return [`${where}: body is not JSON`];
    }
    const validate = this.validator(`${pointer}/content/${escape(contentType)}/schema`);
    return validate(body) ? [] : [`${where}: body ${this.ajv.errorsText(validate.errors)}`];
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.getSchema(`openapi${pointer}`);
      if (!validate) throw new Error(`no schema at ${pointer} in the spec`);
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

function readSpec(): OpenApiDocument {
  return JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function templatePattern(template: string): RegExp {
  const source = template
    .split('/')
    .map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** Violations seen since the last take, across every server being watched. */
const violations: string[] = [];
let contract: OpenApiContract | undefined;

export function takeContractViolations(): string[] {
  return violations.splice(0);
}

/**
 * Watches every response `server` sends (plain Node http, whatever framework runs on it) and
 * records where it departs from the committed spec.
 */
export function watchContract(server: Server): void {
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    // Headers passed to writeHead (Fastify sends its reply headers that way) are sent without
    // ever being stored on the response when nothing was set before, so getHeaders() lacks them.
    const headed: ObservedResponse['headers'] = {};
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const given = args.find((a) => typeof a === 'object' && a !== null && !Array.isArray(a));
      for (const [name, value] of Object.entries((given ?? {}) as Record<string, string>)) {
        headed[name.toLowerCase()] = value;
      }
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    res.once('finish', () => {
      contract ??= new OpenApiContract();
      const found = contract.check({
        method: req.method ?? 'GET',
        url: (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/',
        status: res.statusCode,
        headers: { ...headed, ...res.getHeaders() },
        body: Buffer.concat(chunks).toString('utf8'),
      });
      violations.push(...found);
    });
  });
}
