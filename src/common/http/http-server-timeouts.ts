import type { Server } from 'node:http';
import type { HttpServerTimeouts } from '../../config/http-server-config';

/**
 * Applies the timeouts to Node's HTTP(S) server; call before it listens. Node checks the request
 * and headers deadlines on a timer (every 30 s by default, which let a dripping client stay ~30 s
 * past its deadline); it is set to a tenth of the shortest deadline, 1 s at most, so a client is
 * cut off (408, connection closed) close to its deadline. Only connections still receiving a
 * request are checked, so the cost does not grow with idle keep-alive connections.
 */
export function applyHttpServerTimeouts(server: Server, timeouts: HttpServerTimeouts): void {
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  // Read when the server starts listening (Node ≥ 18.12).
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval =
    checkingIntervalMs(timeouts);
}

export function checkingIntervalMs(timeouts: HttpServerTimeouts): number {
  const shortest = Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs);
  return Math.max(50, Math.min(1000, Math.floor(shortest / 10)));
}
