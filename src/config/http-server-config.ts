import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ConfigError } from './config-error';
import { toInt } from './env-values';

/**
 * How long the HTTP server waits for a client. Node's defaults (300 s for a request, 60 s for
 * its headers) let a client that drips its bytes hold a connection and its memory for minutes:
 * a few hundred such clients (slowloris) starve the service.
 */
export class HttpServerVariables {
  /** Time to receive a request's headers, from its first byte (or the connection). */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(500)
  @Max(120_000)
  HTTP_HEADERS_TIMEOUT_MS?: number;
  /** Time to receive the whole request, headers and body; the response is not counted. */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(500)
  @Max(300_000)
  HTTP_REQUEST_TIMEOUT_MS?: number;
  /** How long an idle keep-alive connection stays open; longer than a load balancer's idle timeout. */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS?: number;
}

export interface HttpServerTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

/**
 * Defaults: 10 s for headers and 15 s for a whole request (a body is at most 16 KB: slow mobile
 * links send that in a second or two); 65 s keep-alive, above the 60 s idle timeout of AWS load
 * balancers and nginx — were the service to close first, the balancer could send a request down
 * a connection being closed and answer 502.
 */
export function buildHttpServerTimeouts(env: HttpServerVariables): HttpServerTimeouts {
  const timeouts = {
    headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS ?? 10_000,
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS ?? 15_000,
    keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS ?? 65_000,
  };
  if (timeouts.headersTimeoutMs > timeouts.requestTimeoutMs) {
    throw new ConfigError(
      `HTTP_HEADERS_TIMEOUT_MS (${timeouts.headersTimeoutMs}) must not exceed ` +
        `HTTP_REQUEST_TIMEOUT_MS (${timeouts.requestTimeoutMs}): the headers are part of the request.`,
    );
  }
  return timeouts;
}
