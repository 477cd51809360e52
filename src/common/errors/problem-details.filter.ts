import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { requestBindings } from '../logging/request-log';
import { requestIdOf } from '../request-id';
import { AppError, ProblemItem } from './app-error';
import { ERROR_CODES, ErrorCode, problemTypeUri } from './error-codes';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  requestId?: string;
  errors?: ProblemItem[];
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad-request',
  401: 'invalid-token',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'upstream-unavailable',
};

/** The one filter: every error leaves the service as RFC 9457 application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const res = ctx.getResponse<FastifyReply>();
    const error = this.toAppError(exception, req);
    if (error.status >= 500) {
      // The cause may hold upstream messages; it goes to the log (redacted there), never to the client.
      this.logger.error(
        { ...requestBindings(req), problem: error.code, err: error.cause ?? exception },
        'request failed',
      );
    }
    const body: ProblemBody = {
      type: problemTypeUri(error.code),
      title: ERROR_CODES[error.code].title,
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
      code: error.code,
      requestId: requestIdOf(req),
      ...(error.errors?.length ? { errors: error.errors } : {}),
    };
    if (res.sent) return;
    // A 304 or a write's ETag must not survive into an error response.
    res.removeHeader('ETag');
    for (const [name, value] of Object.entries(error.headers)) res.header(name, value);
    if (error.retryAfter !== undefined) res.header('Retry-After', String(error.retryAfter));
    void res.code(error.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toAppError(exception: unknown, req: FastifyRequest): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof HttpException) {
      // Fastify's 415 (no parser for the body's media type), as Nest passes it on.
      if (exception.getStatus() === 415) return unsupportedMediaType(req.method);
      return fromHttpException(exception);
    }
    const status = statusOfFrameworkError(exception);
    if (status !== undefined) return new AppError(STATUS_CODES[status] ?? 'bad-request');
    return new AppError('internal-error', { cause: exception });
  }
}

function fromHttpException(exception: HttpException): AppError {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const messages =
    typeof response === 'object' ? (response as { message?: unknown }).message : undefined;
  if (status === 400 && Array.isArray(messages)) {
    // class-validator messages name the field and the rule, never the value.
    return new AppError('validation-failed', {
      errors: messages.map((m) => ({ code: 'invalid-field', message: String(m) })),
    });
  }
  const code = STATUS_CODES[status] ?? (status >= 500 ? 'internal-error' : 'bad-request');
  const down = healthCheckFailures(response);
  if (down) return new AppError(code, { status, detail: 'Not ready', errors: down, retryAfter: 5 });
  const detail =
    status < 500 && typeof messages === 'string' && !looksLikeParserMessage(messages)
      ? messages
      : undefined;
  return new AppError(code, { status, detail, headers: headersOf(exception) });
}

/** @nestjs/terminus reports failed checks as `{ status: 'error', error: { name: {...} } }`. */
function healthCheckFailures(response: unknown): ProblemItem[] | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const { status, error } = response as { status?: unknown; error?: unknown };
  if (status !== 'error' || typeof error !== 'object' || error === null) return undefined;
  return Object.entries(error as Record<string, { reason?: unknown }>).map(([name, info]) => ({
    code: `${name}-down`,
    message: `${name} check failed${typeof info?.reason === 'string' ? ` (${info.reason})` : ''}`,
  }));
}

function headersOf(exception: HttpException): Record<string, string> {
  const headers = (exception as { headers?: unknown }).headers;
  return headers && typeof headers === 'object' ? (headers as Record<string, string>) : {};
}

/** Only application/json bodies are parsed; the message says so. */
function unsupportedMediaType(method: string): AppError {
  return new AppError('unsupported-media-type', {
    detail: 'Send the request body as application/json.',
    // RFC 5789 §2.2: a 415 to PATCH says which patch formats are accepted.
    headers: method === 'PATCH' ? { 'Accept-Patch': 'application/json' } : {},
  });
}

/** Other framework errors (a client error with a numeric `status` and a `type`). */
function statusOfFrameworkError(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, type } = exception as { status?: unknown; type?: unknown };
  if (typeof status === 'number' && typeof type === 'string' && status >= 400 && status < 500) {
    return status;
  }
  return undefined;
}

// JSON parser messages quote the body ("Unexpected token a in JSON at ..."): keep them out.
function looksLikeParserMessage(message: string): boolean {
  return /JSON|token|position/i.test(message);
}
