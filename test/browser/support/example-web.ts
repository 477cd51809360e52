import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import express from 'express';

export const EXAMPLE_WEB_DIR = resolve(__dirname, '../../../examples/web');

/** What the example reads from /config.json (examples/web/src/example-config.ts). */
export interface ExampleWebConfig {
  apiUrl: string;
  cognito: { userPoolId: string; userPoolClientId: string; userPoolEndpoint?: string };
}

export interface ExampleWeb {
  /** http://127.0.0.1:<port> — the origin the BFF's CORS_ORIGINS must name. */
  origin: string;
  setConfig(config: ExampleWebConfig): void;
  close(): Promise<void>;
}

/** `vite build` of examples/web into a fresh directory: the production bundle, built once per file. */
function buildExampleWeb(outDir: string): Promise<void> {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: EXAMPLE_WEB_DIR, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build exited with ${code}:\n${stderr}`)),
    );
  });
}

/**
 * Builds the example and serves the bundle on a free loopback port, with /config.json answered
 * from `setConfig` (so the origin is known before the BFF that must allow it is started).
 */
export async function startExampleWeb(): Promise<ExampleWeb> {
  const outDir = mkdtempSync(join(tmpdir(), 'profile-bff-example-web-'));
  await buildExampleWeb(outDir);
  let config: ExampleWebConfig | undefined;
  const app = express();
  app.get('/config.json', (_req, res) => {
    if (!config) return void res.status(503).json({ message: 'not configured yet' });
    res.set('Cache-Control', 'no-store').json(config);
  });
  app.use(express.static(outDir));
  const server: Server = await new Promise((ready) => {
    const s = app.listen(0, '127.0.0.1', () => ready(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setConfig: (next) => (config = next),
    close: async () => {
      await new Promise((closed) => server.close(closed));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
