import {
  ClientRequest,
  createServer,
  IncomingMessage,
  request,
  Server,
  ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One Cognito API call seen on its way through: the operation and its JSON request. */
export interface ProxiedCall {
  operation: string;
  input: Record<string, unknown>;
}

/** A Cognito JSON error reply (what the SDK turns into e.g. NotAuthorizedException). */
export interface ProxyFault {
  status: number;
  type: string;
  message: string;
}

/**
 * A pass-through HTTP proxy in front of the emulator that sees every JWKS fetch: it counts them,
 * can make the JWKS unreachable, and can publish extra keys (a key rotation). It also records
 * every Cognito API call (operation and request body), and can answer an operation with a fault
 * instead of passing it on, for answers the emulator never gives (e.g. a revoked token).
 */
export class CognitoProxy {
  jwksFetches = 0;
  readonly calls: ProxiedCall[] = [];
  /** Operation → the fault it is answered with, instead of reaching the emulator. */
  readonly faults = new Map<string, ProxyFault>();
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
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string') {
      this.forwardApiCall(req, res, target.split('.').pop() ?? '');
      return;
    }
    const upstream = this.forward(req, (up) => {
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
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }

  /** The same request to the emulator; `respond` gets its answer. */
  private forward(req: IncomingMessage, respond: (up: IncomingMessage) => void): ClientRequest {
    return request(
      {
        host: this.target.hostname,
        port: this.target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.target.host },
      },
      respond,
    );
  }

  /** The operations called since `since` (an index into `calls`), in order. */
  operationsSince(since: number): string[] {
    return this.calls.slice(since).map((c) => c.operation);
  }

  private forwardApiCall(req: IncomingMessage, res: ServerResponse, operation: string): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      this.calls.push({ operation, input: JSON.parse(body.toString('utf8') || '{}') });
      const fault = this.faults.get(operation);
      if (fault) {
        res
          .writeHead(fault.status, { 'Content-Type': 'application/x-amz-json-1.1' })
          .end(JSON.stringify({ __type: fault.type, message: fault.message }));
        return;
      }
      const upstream = this.forward(req, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  }
}
