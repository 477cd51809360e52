import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { Emulator, startEmulator } from '../support/emulator';
import { createInstance, TestApp } from '../support/test-app';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, options: { ca?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { ca: options.ca, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** TLS_CERT_FILE/TLS_KEY_FILE make the service speak HTTPS, and only then send HSTS. */
describe('HTTPS', () => {
  let emulator: Emulator;
  let dir: string;
  let cert: string;
  let https: TestApp;

  beforeAll(async () => {
    emulator = await startEmulator();
    dir = mkdtempSync(join(tmpdir(), 'profile-bff-tls-'));
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    });
    cert = pems.cert;
    writeFileSync(join(dir, 'cert.pem'), pems.cert);
    writeFileSync(join(dir, 'key.pem'), pems.private, { mode: 0o600 });
    https = await createInstance(emulator, {
      TLS_CERT_FILE: join(dir, 'cert.pem'),
      TLS_KEY_FILE: join(dir, 'key.pem'),
    });
  });
  afterAll(async () => {
    await https?.close();
    await emulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the API over TLS with the configured certificate, with HSTS', async () => {
    expect(https.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const token = await emulator.tokenFor('demo');
    const res = await get(`${https.url}/me/attributes`, {
      ca: cert,
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).attributes.email).toBe('demo@example.com');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sends HSTS on errors too', async () => {
    const res = await get(`${https.url}/me/attributes`, { ca: cert });
    expect(res.status).toBe(401);
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });

  it('does not answer plain http on the TLS port', async () => {
    const port = new URL(https.url).port;
    await expect(get(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });

  it('is refused by a client that does not trust the certificate', async () => {
    await expect(get(`${https.url}/health/live`)).rejects.toThrow(/self.signed|certificate/i);
  });

  describe('behind a TLS-terminating proxy', () => {
    it('sends HSTS when a trusted proxy says https, not when an untrusted one does', async () => {
      const trusting = await createInstance(emulator, { TRUST_PROXY: 'loopback' });
      const distrusting = await createInstance(emulator);
      try {
        const viaProxy = { headers: { 'X-Forwarded-Proto': 'https' } };
        const trusted = await get(`${trusting.url}/health/live`, viaProxy);
        expect(trusted.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
        const untrusted = await get(`${distrusting.url}/health/live`, viaProxy);
        expect(untrusted.headers['strict-transport-security']).toBeUndefined();
        const direct = await get(`${trusting.url}/health/live`);
        expect(direct.headers['strict-transport-security']).toBeUndefined();
      } finally {
        await trusting.close();
        await distrusting.close();
      }
    });
  });
});
