import { createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A pass-through HTTP proxy in front of the emulator that sees every JWKS fetch: it counts them,
 * can make the JWKS unreachable, and can publish extra keys (a key rotation).
 */
export class CognitoProxy {
  jwksFetches = 0;
  /** 'down': the JWKS answers 503; everything else still passes through. */
  jwks: 'up' | 'down' = 'up';
  readonly extraKeys: object[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
  ) {}

  static async start(targetEndpoint: string): Promise<CognitoProxy> {
    const server = createServer();
    const proxy = new CognitoProxy(server, new URL(targetEndpoint));
    server.on('request', (req, res) => proxy.handle(req, res));
    server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const isJwks = (req.url ?? '').endsWith('/.well-known/jwks.json');
    if (isJwks) {
      this.jwksFetches++;
      if (this.jwks === 'down') {
        req.resume();
        res.writeHead(503).end();
        return;
      }
    }
    const upstream = request(
      {
        host: this.target.hostname,
        port: this.target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.target.host },
      },
      (up) => {
        if (!isJwks || this.extraKeys.length === 0) {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          return;
        }
        let body = '';
        up.setEncoding('utf8');
        up.on('data', (chunk: string) => (body += chunk));
        up.on('end', () => {
          const jwks = JSON.parse(body) as { keys: object[] };
          jwks.keys.push(...this.extraKeys);
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(jwks));
        });
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }
}
