import { connect, Socket } from 'node:net';
import { Emulator, startEmulator, TestUser } from '../support/emulator';
import { createTestApp, TestApp } from '../support/test-app';

const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 1500;
const DRIP_EVERY_MS = 200;

interface Outcome {
  /** What the server sent before it closed the connection. */
  received: string;
  /** Milliseconds from the first byte sent to the close. */
  closedAfterMs: number;
  /** Whether the client still had bytes to send when the server closed. */
  cutOff: boolean;
}

/**
 * Slow clients (slowloris): a request whose headers or body arrive a byte at a time must be cut
 * off at its deadline (408, connection closed), not held for Node's default 300 s.
 */
describe('slow clients', () => {
  let emulator: Emulator;
  let t: TestApp;
  let user: TestUser;
  let port: number;

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await createTestApp(emulator, {
      env: {
        HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      },
      listen: true,
    });
    user = await emulator.createUser({ name: 'Patient User' });
    port = Number(new URL(t.url).port);
  }, 30_000);
  afterAll(async () => {
    await t?.close();
    await emulator?.stop();
  });

  /** Sends `head` at once, then `drip` one character every DRIP_EVERY_MS until the server closes. */
  function dripRequest(head: string, drip: string): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      const socket: Socket = connect(port, '127.0.0.1');
      let received = '';
      let sent = 0;
      let timer: NodeJS.Timeout | undefined;
      const started = Date.now();
      socket.on('connect', () => {
        socket.write(head);
        timer = setInterval(() => {
          if (sent < drip.length && socket.writable) socket.write(drip[sent++]);
        }, DRIP_EVERY_MS);
      });
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', () => undefined); // a reset after the 408 is part of being cut off
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ received, closedAfterMs: Date.now() - started, cutOff: sent < drip.length });
      });
      setTimeout(() => {
        reject(new Error('the server held the slow request for 15 s'));
        socket.destroy();
      }, 15_000).unref();
    });
  }

  it('cuts off a body dripped slower than HTTP_REQUEST_TIMEOUT_MS, and nothing changes', async () => {
    const before = await emulator.cognitoAttributes(user.username);
    const body = JSON.stringify({ attributes: { name: 'Dripped In Slowly' } });
    const head =
      'PATCH /me/attributes HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
      `Authorization: Bearer ${user.accessToken}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    const dripMs = body.length * DRIP_EVERY_MS;
    expect(dripMs).toBeGreaterThan(4 * REQUEST_TIMEOUT_MS);

    const outcome = await dripRequest(head, body);

    expect(outcome.cutOff).toBe(true);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    // Well before the client would have finished (~7 s): the deadline, not the drip, ended it.
    expect(outcome.closedAfterMs).toBeLessThan(dripMs / 2);
    expect(await emulator.cognitoAttributes(user.username)).toEqual(before);
  }, 25_000);

  it('cuts off headers dripped slower than HTTP_HEADERS_TIMEOUT_MS', async () => {
    const headers = Array.from({ length: 50 }, (_, i) => `X-Slow-${i}: 1\r\n`).join('');
    const outcome = await dripRequest('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n', headers);
    expect(outcome.cutOff).toBe(true);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(outcome.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 2000);
  }, 25_000);

  it('keeps an idle keep-alive connection open past the request deadlines (65 s by default)', async () => {
    expect(t.app.getHttpServer().keepAliveTimeout).toBe(65_000);
    const socket = connect(port, '127.0.0.1');
    const responses: string[] = [];
    socket.on('data', (chunk) => responses.push(chunk.toString('latin1')));
    const get = 'GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    await new Promise((resolve) => socket.on('connect', resolve));
    socket.write(get);
    await new Promise((resolve) => setTimeout(resolve, REQUEST_TIMEOUT_MS + 500));
    expect(socket.destroyed).toBe(false);
    socket.write(get);
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.destroy();
    expect(responses.join('').match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
  }, 25_000);
});
