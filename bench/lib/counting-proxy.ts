/**
 * A pass-through HTTP proxy in front of the emulator that counts Cognito operations by their
 * X-Amz-Target, so the bench sees exactly how many GetUser calls reached "Cognito". With
 * `delayMs` it also holds each call that long, like a network between the BFF and Cognito.
 */
import { Agent, createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  url: string;
  count(operation: string): number;
  /** Every operation seen since the last reset, with how often. */
  counts(): Record<string, number>;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string, delayMs = 0): Promise<CountingProxy> {
  const { hostname, port } = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const counts = new Map<string, number>();
  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    const upstream = request(
      { host: hostname, port, method: req.method, path: req.url, headers: req.headers, agent },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  };
  const server: Server = createServer((req, res) => {
    const op =
      String(req.headers['x-amz-target'] ?? req.url ?? '')
        .split('.')
        .pop() ?? '';
    counts.set(op, (counts.get(op) ?? 0) + 1);
    if (delayMs > 0) {
      req.pause();
      setTimeout(() => forward(req, res), delayMs);
    } else {
      forward(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: (operation) => counts.get(operation) ?? 0,
    counts: () => Object.fromEntries(counts),
    reset: () => counts.clear(),
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
