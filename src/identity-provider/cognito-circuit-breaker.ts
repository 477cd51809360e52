import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { Logger } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import { AppError } from '../common/errors/app-error';
import type { CircuitState, UpstreamOutcome } from '../metrics/metrics';
import { mapCognitoError } from './cognito-error-mapper';

export interface BreakerSettings {
  /** Deadline for one call, SDK retries included. */
  timeoutMs: number;
  /** How long the circuit stays open before one trial call is let through. */
  resetMs: number;
  /** Calls within the rolling window before the error rate can open the circuit. */
  minCalls: number;
  errorPercent: number;
}

export interface UpstreamRecorder {
  recordUpstream(operation: string, outcome: UpstreamOutcome, seconds: number): void;
  setCircuitState(state: CircuitState): void;
}

type Send = () => Promise<unknown>;

/** What the SDK saw on its attempts within one call (filled in by the attempt observer). */
export interface CallState {
  lastAttemptError?: unknown;
  /** Set when the deadline passed: the SDK must not start another attempt in the background. */
  expired?: boolean;
}

function isDeadline(error: unknown): boolean {
  return (
    CircuitBreaker.isOurError(error as Error) && (error as { code?: string }).code === 'ETIMEDOUT'
  );
}

/**
 * The error a call really failed with. When the deadline cut the SDK off between retries, the
 * last attempt's error says more than "timed out": throttled all along → 429, 5xx → 503.
 */
export function effectiveError(error: unknown, state: CallState): unknown {
  return isDeadline(error) && state.lastAttemptError !== undefined ? state.lastAttemptError : error;
}

/**
 * Only an outage opens the circuit: 5xx, timeouts and network errors. A wrong code, a taken
 * alias or a throttled caller is Cognito working as designed and must never cut off other users.
 */
export function isOutage(error: unknown): boolean {
  const { code } = mapCognitoError(error, 'self');
  return code === 'upstream-unavailable' || code === 'upstream-timeout';
}

export function outcomeOf(error: unknown): UpstreamOutcome {
  const mapped = mapCognitoError(error, 'self');
  const raw = (error ?? {}) as { $fault?: string; code?: string; name?: string };
  switch (mapped.code) {
    case 'upstream-timeout':
      return 'timeout';
    case 'upstream-unavailable':
      return raw.$fault === 'server' || raw.name === 'InternalErrorException'
        ? 'server-error'
        : 'network-error';
    case 'too-many-requests':
      return 'throttled';
    case 'upstream-error':
    case 'code-delivery-failed':
      return 'server-error';
    default:
      return 'client-error';
  }
}

/**
 * One circuit breaker (opossum) for Cognito as a whole. While open, calls fail at once with 503
 * `upstream-unavailable` and a Retry-After of the time left; after `resetMs` one trial call goes
 * through and closes the circuit when it succeeds, so the service recovers without a restart.
 */
export class CognitoCircuitBreaker {
  private readonly logger = new Logger('CognitoCircuitBreaker');
  private readonly breaker: CircuitBreaker<[Send, CallState], unknown>;
  private openedAt = 0;

  constructor(
    private readonly settings: BreakerSettings,
    recorder?: UpstreamRecorder,
  ) {
    this.breaker = new CircuitBreaker((send: Send, _state: CallState) => send(), {
      name: 'cognito',
      timeout: settings.timeoutMs,
      resetTimeout: settings.resetMs,
      volumeThreshold: settings.minCalls,
      errorThresholdPercentage: settings.errorPercent,
      rollingCountTimeout: 10_000,
      // true = "not a failure": the error still reaches the caller, it just doesn't count.
      // opossum passes fire()'s arguments after the error (its typings only declare the error).
      errorFilter: ((error: unknown, _send: Send, state: CallState) =>
        !isOutage(effectiveError(error, state))) as (error: unknown) => boolean,
    });
    this.breaker.on('open', () => {
      this.openedAt = Date.now();
      recorder?.setCircuitState('open');
      this.logger.warn(`circuit open: Cognito calls fail fast for ${settings.resetMs} ms`);
    });
    this.breaker.on('halfOpen', () => {
      recorder?.setCircuitState('half-open');
      this.logger.log('circuit half-open: letting one trial call through');
    });
    this.breaker.on('close', () => {
      recorder?.setCircuitState('closed');
      this.logger.log('circuit closed: Cognito answers again');
    });
  }

  get state(): CircuitState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  async run<T>(send: () => Promise<T>, state: CallState = {}): Promise<T> {
    try {
      return (await this.breaker.fire(send, state)) as T;
    } catch (error) {
      if ((error as { code?: string }).code === 'EOPENBREAKER') throw this.openError(error);
      if (isDeadline(error)) state.expired = true;
      throw effectiveError(error, state);
    }
  }

  isOpenError(error: unknown): boolean {
    return error instanceof AppError && error.cause instanceof Error && isBreakerOpen(error.cause);
  }

  shutdown(): void {
    this.breaker.shutdown();
  }

  private openError(cause: unknown): AppError {
    const left = this.openedAt + this.settings.resetMs - Date.now();
    return new AppError('upstream-unavailable', {
      detail: 'Cognito is unavailable; calls are paused briefly to let it recover.',
      retryAfter: Math.max(1, Math.ceil(left / 1000)),
      cause,
    });
  }
}

function isBreakerOpen(error: Error): boolean {
  return (error as { code?: string }).code === 'EOPENBREAKER';
}

/**
 * Socket errors created in another JS realm (Node's own, seen from a VM sandbox such as jest's)
 * fail `instanceof Error`; the SDK then swaps them for a bare wrapper that has lost `code`
 * (ECONNREFUSED...), and an outage would look like an unknown error. Copy them into a local Error.
 */
function sameRealmError(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return error;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return Object.assign(new Error(String(message ?? 'Unknown error')), error, {
    name: typeof name === 'string' ? name : 'Error',
  });
}

const CALL_STATE = Symbol('profileBffCallState');
type ContextWithState = { [CALL_STATE]?: CallState };

/**
 * Puts every command the client sends through the breaker and records per-operation metrics, as
 * SDK middleware at the initialize step: it wraps the whole call, retries included, and covers
 * every command without touching the adapter's methods. A second middleware, inside the SDK's
 * retry loop, remembers each attempt's error for effectiveError().
 */
export function guardCognitoClient(
  client: CognitoIdentityProviderClient,
  breaker: CognitoCircuitBreaker,
  recorder?: UpstreamRecorder,
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const state = (context as ContextWithState)[CALL_STATE];
      if (state?.expired) {
        // The caller already has its answer; a plain error is not retryable, so the SDK stops.
        throw Object.assign(new Error('Deadline passed; attempt not started'), {
          name: 'DeadlinePassed',
        });
      }
      try {
        return await next(args);
      } catch (error) {
        const local = sameRealmError(error);
        if (state) state.lastAttemptError = local;
        throw local;
      }
    },
    { step: 'deserialize', name: 'profileBffAttemptObserver', priority: 'high' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const state: CallState = {};
      (context as ContextWithState)[CALL_STATE] = state;
      const started = process.hrtime.bigint();
      const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        const output = await breaker.run(() => next(args), state);
        recorder?.recordUpstream(operation, 'success', seconds());
        return output;
      } catch (error) {
        const outcome = breaker.isOpenError(error) ? 'circuit-open' : outcomeOf(error);
        recorder?.recordUpstream(operation, outcome, seconds());
        throw error;
      }
    },
    { step: 'initialize', name: 'profileBffCircuitBreaker', priority: 'high' },
  );
}
