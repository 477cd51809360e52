import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { emulatorKey, signJwt } from '../../support/jwt-forge';

/** What the fake answers to one call: a JSON reply, or silence until the client gives up. */
export type FakeReply = { status: number; body: Record<string, unknown> } | 'hang';

export const ok = (body: Record<string, unknown>): FakeReply => ({ status: 200, body });
export const fault = (status: number, type: string): FakeReply => ({
  status,
  body: { __type: type, message: `fake ${type}` },
});

const POOL_ID = 'us-east-1_FakePool';
const CLIENT_ID = 'fakeclient';

/**
 * A scripted stand-in for the Cognito JSON API (the cases the emulator cannot produce: 5xx,
 * throttling, hangs). It serves the emulator's public JWKS, so tokens signed with the emulator's
 * key verify; every other call is answered from a per-operation script, and every attempt is
 * recorded with its time, so tests can count the SDK's retries.
 */
export class FakeCognito {
  readonly poolId = POOL_ID;
  readonly clientId = CLIENT_ID;
  private readonly scripts = new Map<string, FakeReply[]>();
  private readonly fallbacks = new Map<string, FakeReply>();
  private readonly calls: { operation: string; at: number }[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeCognito> {
    const server = createServer();
    const fake = new FakeCognito(server);
    server.on('request', (req, res) => fake.handle(req, res));
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get issuer(): string {
    return `${this.url}/${POOL_ID}`;
  }

  /** Environment for the BFF in emulator mode against this fake. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      COGNITO_ENDPOINT: this.url,
      COGNITO_USER_POOL_ID: POOL_ID,
      COGNITO_CLIENT_ID: CLIENT_ID,
      AWS_REGION: 'us-east-1',
      ...extra,
    };
  }

  /** The next replies for an operation, in order; afterwards the fallback (default: GetUser ok). */
  script(operation: string, ...replies: FakeReply[]): void {
    this.scripts.set(operation, [...replies]);
  }

  fallback(operation: string, reply: FakeReply): void {
    this.fallbacks.set(operation, reply);
  }

  /** Attempt times (ms) for an operation since the last reset. */
  attempts(operation: string): number[] {
    return this.calls.filter((c) => c.operation === operation).map((c) => c.at);
  }

  reset(): void {
    this.scripts.clear();
    this.fallbacks.clear();
    this.calls.length = 0;
  }

  /** A valid access token for this pool (signed with the emulator's published key). */
  token(claims: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    return signJwt(
      { alg: 'RS256', kid: 'CognitoLocal', typ: 'JWT' },
      {
        sub: randomUUID(),
        iss: this.issuer,
        client_id: CLIENT_ID,
        token_use: 'access',
        scope: 'aws.cognito.signin.user.admin',
        username: 'fake-user',
        iat: now,
        exp: now + 600,
        jti: randomUUID(),
        ...claims,
      },
      emulatorKey(),
    );
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'GET' && req.url === `/${POOL_ID}/.well-known/jwks.json`) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(publicJwks()));
      return;
    }
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.split('.').pop() ?? 'Unknown';
    req.resume();
    req.on('end', () => {
      this.calls.push({ operation, at: Date.now() });
      const reply =
        this.scripts.get(operation)?.shift() ??
        this.fallbacks.get(operation) ??
        defaultReply(operation);
      if (reply === 'hang') return; // never answer; the socket is destroyed on close()
      res
        .writeHead(reply.status, { 'Content-Type': 'application/x-amz-json-1.1' })
        .end(JSON.stringify(reply.body));
    });
  }
}

function defaultReply(operation: string): FakeReply {
  if (operation === 'GetUser') {
    return ok({
      Username: 'fake-user',
      UserAttributes: [
        { Name: 'sub', Value: 'fake-sub' },
        { Name: 'email', Value: 'fake@example.com' },
      ],
    });
  }
  if (operation === 'DescribeUserPool') return ok({ UserPool: { Id: POOL_ID } });
  return ok({});
}

function publicJwks(): { keys: unknown[] } {
  const path = require.resolve('cognito-local/lib/keys/cognitoLocal.public.json');
  const { jwk } = JSON.parse(readFileSync(path, 'utf8')) as { jwk: unknown };
  return { keys: [jwk] };
}
