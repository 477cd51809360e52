import type { components } from './generated/openapi';
import { ErrorCode, exceptionNameForCode, ProfileBffErrorName } from './exception-names';

/** The RFC 9457 problem body the BFF sends with every error. */
export type Problem = components['schemas']['ProblemDto'];
/** One per-attribute problem in `errors[]`. */
export type ProblemItem = components['schemas']['ProblemItemDto'];

export interface ProfileBffErrorInit {
  name: ProfileBffErrorName;
  message: string;
  code?: ErrorCode;
  status?: number;
  errors?: ProblemItem[];
  retryAfter?: number;
  requestId?: string;
  etag?: string;
  problem?: Problem;
  underlyingError?: unknown;
}

/**
 * The one error this client throws. `name` is the Cognito / Amplify exception name
 * (`CodeMismatchException`, …) so `switch (err.name)` code written for Amplify keeps working;
 * the BFF's problem is attached in full. Errors raised in the client itself (no token, network
 * down, Amplify's input checks) have no `code` and no `status`.
 */
export class ProfileBffError extends Error {
  override readonly name: ProfileBffErrorName;
  /** The BFF's stable problem code, e.g. `code-mismatch`. */
  readonly code?: ErrorCode;
  /** The HTTP status. */
  readonly status?: number;
  /** Per-attribute problems (`attribute`, `code`, `message`); empty when there are none. */
  readonly errors: ProblemItem[];
  /** Seconds to wait before trying again (from Retry-After), on 429 and 503/504. */
  readonly retryAfter?: number;
  /** The BFF's request id: quote it when reporting a problem. */
  readonly requestId?: string;
  /** On `PreconditionFailedException` from the BFF: the attributes' current ETag. */
  readonly etag?: string;
  /** The problem body exactly as the BFF sent it. */
  readonly problem?: Problem;
  /** What went wrong underneath (e.g. fetch's TypeError), as on Amplify's `AuthError`. */
  readonly underlyingError?: unknown;

  constructor(init: ProfileBffErrorInit) {
    super(
      init.message,
      init.underlyingError === undefined ? undefined : { cause: init.underlyingError },
    );
    this.name = init.name;
    this.code = init.code;
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.requestId = init.requestId;
    this.etag = init.etag;
    this.problem = init.problem;
    this.underlyingError = init.underlyingError;
  }
}

export function isProfileBffError(error: unknown): error is ProfileBffError {
  return error instanceof ProfileBffError;
}

/** The error for a non-2xx answer; `body` is what the response held (parsed JSON or text). */
export function errorFromResponse(response: Response, body: unknown): ProfileBffError {
  const problem = asProblem(body);
  const status = problem?.status ?? response.status;
  const code = problem?.code;
  return new ProfileBffError({
    name: exceptionNameForCode(code ?? '', response.status),
    message: problem?.detail ?? problem?.title ?? `HTTP ${response.status}`,
    code,
    status,
    errors: problem?.errors,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    requestId: problem?.requestId ?? response.headers.get('X-Request-Id') ?? undefined,
    etag: response.status === 412 ? (response.headers.get('ETag') ?? undefined) : undefined,
    problem,
  });
}

function asProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, status } = body as { code?: unknown; status?: unknown };
  return typeof code === 'string' && typeof status === 'number' ? (body as Problem) : undefined;
}

/** Retry-After is delay-seconds or an HTTP date (RFC 9110 §10.2.3); returned as seconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
