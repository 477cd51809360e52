import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { get, IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '../../src/config/app-config';
import { IdentityProvider } from '../../src/identity-provider/identity-provider';
import { findFreePort } from '../../src/local-cognito/free-port';
import { readLocalCognitoInfo } from '../../src/local-cognito/local-cognito';
import { fetchAccessToken } from '../../src/local-cognito/token-client';
import { startService } from '../../src/start-service';
import { ChildService, childProcesses, isRunning } from './support/child-service';

jest.setTimeout(120_000);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function getJson(url: string, token?: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
    get(url, { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || 'null') }),
      );
    }).on('error', reject);
  });
}

/** The real process (src/main.ts), started and stopped the way an orchestrator does it. */
describe('process lifecycle', () => {
  describe('SIGTERM in local mode', () => {
    let dataDir: string;
    let service: ChildService;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-shutdown-'));
    });
    afterAll(() => {
      service?.kill();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('stops accepting, finishes the in-flight request, stops the emulator and exits 0', async () => {
      service = ChildService.spawnLocal(dataDir, {
        NODE_ENV: 'test',
        COGNITO_TIMEOUT_MS: '10000',
        SHUTDOWN_TIMEOUT_MS: '10000',
      });
      const [, url] = await service.waitFor(/API\s+(http:\/\/\S+)/);
      const info = readLocalCognitoInfo(dataDir);
      const { accessToken } = await fetchAccessToken(
        info,
        info.users.demo.username,
        info.users.demo.password,
      );
      const [emulatorPid] = service.children();
      expect(emulatorPid).toBeDefined();

      // Freeze the emulator so a request is certainly in flight when SIGTERM arrives.
      process.kill(emulatorPid, 'SIGSTOP');
      const inFlight = getJson(`${url}/me/attributes`, accessToken);
      await pause(300);
      service.kill('SIGTERM');
      await pause(500);

      // No longer accepting: new connections are refused while the old request is still open.
      await expect(getJson(`${url}/health/live`)).rejects.toThrow(/ECONNREFUSED/);
      expect(service.child.exitCode).toBeNull();

      process.kill(emulatorPid, 'SIGCONT');
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect((res.body as { attributes: { email: string } }).attributes.email).toBe(
        'demo@example.com',
      );

      expect(await service.exited).toEqual({ code: 0, signal: null });
      expect(isRunning(emulatorPid)).toBe(false);
      expect(service.log).toMatch(/SIGTERM: draining in-flight requests/);
    });
  });

  describe('stop order (in process)', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-stop-order-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('lets the in-flight request finish before the Cognito client is torn down', async () => {
      Logger.overrideLogger(false);
      const banner = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const service = await startService(
        validateEnvironment({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          PORT: '0',
          LOCAL_DATA_DIR: dataDir,
          LOCAL_COGNITO_PORT: '0',
          COGNITO_TIMEOUT_MS: '10000',
        }),
      ).finally(() => banner.mockRestore());
      const events: string[] = [];
      // Nest's close() runs destroy hooks before it closes the server; draining must come first.
      const idp = service.app.get(IdentityProvider) as IdentityProvider & {
        onModuleDestroy(): void;
      };
      const destroy = idp.onModuleDestroy.bind(idp);
      idp.onModuleDestroy = () => {
        events.push('cognito client destroyed');
        destroy();
      };
      const info = readLocalCognitoInfo(dataDir);
      const { accessToken } = await fetchAccessToken(
        info,
        info.users.demo.username,
        info.users.demo.password,
      );
      const [emulatorPid] = childProcesses(process.pid, /cognito-local/);
      process.kill(emulatorPid, 'SIGSTOP');
      // The server's side of the response: the client shares this process's event loop, so when
      // its 'end' callback runs relative to the destroy hook is scheduling, not shutdown order.
      service.app
        .getHttpServer()
        .on('request', (_req: IncomingMessage, res: ServerResponse) =>
          res.on('finish', () => events.push(`response ${res.statusCode}`)),
        );
      const inFlight = getJson(`${service.url}/me/attributes`, accessToken);
      await pause(300);
      const stopped = service.stop().then(() => events.push('stopped'));
      await pause(300);
      process.kill(emulatorPid, 'SIGCONT');
      const [response] = await Promise.all([inFlight, stopped]);
      expect(response.status).toBe(200);
      expect(events).toEqual(['response 200', 'cognito client destroyed', 'stopped']);
      expect(isRunning(emulatorPid)).toBe(false);
    });
  });

  describe('Cognito and its JWKS unreachable at start-up', () => {
    let service: ChildService;
    afterAll(() => service?.kill());

    it('starts, is live, reports not ready, and exits 0 on SIGTERM', async () => {
      const [port, deadPort] = [await findFreePort('127.0.0.1'), await findFreePort('127.0.0.1')];
      service = ChildService.spawn({
        NODE_ENV: 'test',
        PORT: String(port),
        COGNITO_ENDPOINT: `http://127.0.0.1:${deadPort}`,
        COGNITO_USER_POOL_ID: 'us-east-1_Unreachable',
        COGNITO_CLIENT_ID: 'someclient',
        COGNITO_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'info',
      });
      await service.waitFor(/Nest application successfully started/);
      const live = await getJson(`http://127.0.0.1:${port}/health/live`);
      expect(live.status).toBe(200);
      const ready = await getJson(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(ready.body)).toMatch(/jwks-down/);
      expect(service.log).toMatch(/JWKS not loadable yet/);
      await pause(1000);
      expect(service.child.exitCode).toBeNull();

      service.kill('SIGTERM');
      expect(await service.exited).toEqual({ code: 0, signal: null });
    });
  });
});
