import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const CLIENT = join(ROOT, 'client');
const bin = (pkg: string, path: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), path);

/**
 * The package as an app gets it: `npm run build:client`'s output (tsup) installed alone in an
 * empty node_modules — no dependencies beside it — then loaded by plain Node as ESM and as CJS,
 * calling the running BFF, and type-checked through the `exports` map from both kinds of module.
 */
describe('@profile-bff/client, built', () => {
  jest.setTimeout(240_000);
  let emulator: Emulator;
  let t: TestApp;
  let user: TestUser;
  let app: string;

  beforeAll(async () => {
    app = mkdtempSync(join(tmpdir(), 'profile-bff-client-'));
    const installed = join(app, 'node_modules', '@profile-bff', 'client');
    mkdirSync(installed, { recursive: true });
    copyFileSync(join(CLIENT, 'package.json'), join(installed, 'package.json'));
    await run(
      process.execPath,
      [bin('tsup', 'dist/cli-default.js'), '--out-dir', join(installed, 'dist')],
      {
        cwd: CLIENT,
      },
    );
    emulator = await startEmulator();
    t = await createTestApp(emulator, { listen: true });
    user = await emulator.createUser({ name: 'Built' });
  });
  afterAll(async () => {
    await t?.close();
    await emulator?.stop();
    rmSync(app, { recursive: true, force: true });
  });

  it('declares no runtime dependency', () => {
    const manifest = JSON.parse(readFileSync(join(CLIENT, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
  });

  const program = (load: string) => `${load}
const client = createProfileClient({ baseUrl: process.env.BFF_URL, accessToken: () => process.env.TOKEN });
(async () => {
  const attributes = await client.fetchUserAttributes();
  const refused = await client.updateUserAttributes({ userAttributes: { 'custom:role': 'admin' } }).catch((e) => e);
  console.log(JSON.stringify({ name: attributes.name, error: refused.name, code: refused.code, isClass: refused instanceof ProfileBffError }));
})();
`;

  it.each([
    [
      'ESM',
      'main.mjs',
      "import { createProfileClient, ProfileBffError } from '@profile-bff/client';",
    ],
    [
      'CJS',
      'main.cjs',
      "const { createProfileClient, ProfileBffError } = require('@profile-bff/client');",
    ],
  ])('runs as %s against the BFF with Node’s fetch', async (_kind, file, load) => {
    writeFileSync(join(app, file), program(load));
    const { stdout } = await run(process.execPath, [file], {
      cwd: app,
      env: { PATH: process.env.PATH, BFF_URL: t.url, TOKEN: user.accessToken },
    });
    expect(JSON.parse(stdout)).toEqual({
      name: 'Built',
      error: 'NotAuthorizedException',
      code: 'attribute-not-writable',
      isClass: true,
    });
    expect((await emulator.cognitoAttributes(user.username))['custom:role']).toBeUndefined();
  });

  it('ships .d.ts that resolve through the exports map from ESM and CJS consumers', async () => {
    const consumer = (load: string) => `${load}
const client: ProfileClient = createProfileClient({ baseUrl: 'https://bff.test', accessToken: () => 't' });
const read: Promise<FetchUserAttributesOutput> = client.fetchUserAttributes();
const names: ProfileBffError['name'][] = ['CodeMismatchException', 'PreconditionFailedException'];
// @ts-expect-error: the typed input refuses a wrong shape
client.updateUserAttributes({ attributes: {} });
export { read, names };
`;
    const types =
      'type FetchUserAttributesOutput, type ProfileBffError, type ProfileClient, createProfileClient';
    writeFileSync(
      join(app, 'esm.mts'),
      consumer(`import { ${types} } from '@profile-bff/client';`),
    );
    // A .cts file's import is a require(): it resolves through the "require" condition.
    writeFileSync(
      join(app, 'cjs.cts'),
      consumer(`import { ${types} } from '@profile-bff/client';`),
    );
    await expect(
      run(
        process.execPath,
        [
          bin('typescript', 'bin/tsc'),
          '--noEmit',
          '--strict',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
          '--lib',
          'es2022,dom',
          'esm.mts',
          'cjs.cts',
        ],
        { cwd: app },
      ),
    ).resolves.toBeDefined();
  });
});
