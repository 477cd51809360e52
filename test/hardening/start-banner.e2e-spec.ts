import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildService } from './support/child-service';

/** `npm start` in local mode: the banner with the URLs and the demo user is the last thing shown. */
describe('local-mode start-up banner', () => {
  jest.setTimeout(90_000);
  let dataDir: string;
  let service: ChildService | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'profile-bff-banner-'));
  });
  afterAll(async () => {
    service?.kill('SIGTERM');
    await service?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes after the start-up checks’ log lines (JWKS, policy vs pool)', async () => {
    service = ChildService.spawnLocal(dataDir, { NODE_ENV: 'development' });
    const [, url] = await service.waitFor(/API\s+(http:\/\/\S+)/);
    // Both checks have run once the service reports ready (JWKS) and the policy line is out.
    await service.waitFor(/JWKS loaded/);
    await service.waitFor(/attribute policy .* no mismatches/);
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = service.log.slice(service.log.indexOf('Get a token'));
    expect(after.trim().split('\n')).toHaveLength(1);
  });
});
