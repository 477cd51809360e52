import type { Server } from 'node:http';

/**
 * Graceful stop of an HTTP(S) server: stop accepting at once, let in-flight requests finish
 * (closing keep-alive connections as soon as they go idle), and after `timeoutMs` close whatever
 * is left so a stuck client cannot hold the shutdown forever.
 */
export async function drainHttpServer(server: Server, timeoutMs: number): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
