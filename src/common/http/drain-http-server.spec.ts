import { createServer, get, Agent, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainHttpServer } from './drain-http-server';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('drainHttpServer', () => {
  let server: Server;
  let url: string;
  const agent = new Agent({ keepAlive: true });

  beforeEach(async () => {
    server = createServer((req, res) => {
      const delay = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('delay') ?? 0);
      const timer = setTimeout(() => res.end('done'), delay);
      res.on('close', () => clearTimeout(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => server.closeAllConnections());
  afterAll(() => agent.destroy());

  const fetchText = (path: string) =>
    new Promise<string>((resolve, reject) => {
      get(`${url}${path}`, { agent }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });

  it('finishes in-flight requests, refuses new ones, and closes idle keep-alive sockets', async () => {
    await fetchText('/'); // leaves an idle keep-alive socket behind
    const slow = fetchText('/?delay=300');
    await pause(50);
    const started = Date.now();
    const drained = drainHttpServer(server, 5000);
    await pause(50);
    await expect(fetchText('/')).rejects.toThrow(/ECONNREFUSED|socket hang up|ECONNRESET/);
    await expect(slow).resolves.toBe('done');
    await drained;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.listening).toBe(false);
  });

  it('gives up on a request that outlives the timeout', async () => {
    const stuck = fetchText('/?delay=10000').catch((e: Error) => e.message);
    await pause(50);
    const started = Date.now();
    await drainHttpServer(server, 200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await stuck).toMatch(/socket hang up|ECONNRESET/);
  });
});
