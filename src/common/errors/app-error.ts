import { ERROR_CODES, ErrorCode } from './error-codes';

/** One per-field problem inside a problem+json body (never the offending value). */
export interface ProblemItem {
  attribute?: string;
  code: string;
  message: string;
}

export interface AppErrorOptions {
  detail?: string;
  errors?: ProblemItem[];
  /** Seconds; sent as Retry-After. */
  retryAfter?: number;
  headers?: Record<string, string>;
  /** Overrides the status of the code (e.g. user-not-found is 401 on /me routes). */
  status?: number;
  cause?: unknown;
}

/**
 * The project's one error type. Everything that fails on purpose throws this; the problem filter
 * turns it into RFC 9457 problem+json. `detail` is safe to show to clients: never put attribute
 * values, tokens or upstream messages in it.
 */
export class AppError extends Error {
  readonly status: number;
  readonly detail?: string;
  readonly errors?: ProblemItem[];
  readonly retryAfter?: number;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(options.detail ?? ERROR_CODES[code].title, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status ?? ERROR_CODES[code].status;
    this.detail = options.detail;
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
    this.headers = options.headers ?? {};
  }
}
