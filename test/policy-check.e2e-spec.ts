import { Logger } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CreateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import request from 'supertest';
import { CLIENT_READ_ATTRIBUTES, CLIENT_WRITE_ATTRIBUTES } from '../src/local-cognito/seed';
import { PolicyCheckService } from '../src/policy-check/policy-check.service';
import { Emulator, startEmulator } from './support/emulator';
import { createTestApp } from './support/test-app';

// Each CLI run is a fresh ts-node process (a few seconds on a busy machine).
jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..');
const DEFAULT_POLICY = join(ROOT, 'config/attribute-policy.json');

/**
 * The default policy with one seeded drift: `custom:role` made user-readable and -writable,
 * which the local app client cannot read or write (it lists neither).
 */
function writeDriftingPolicy(dir: string): string {
  const policy = JSON.parse(readFileSync(DEFAULT_POLICY, 'utf8'));
  policy.attributes['custom:role'] = {
    ...policy.attributes['custom:role'],
    read: true,
    write: true,
  };
  const file = join(dir, 'drifting-policy.json');
  writeFileSync(file, JSON.stringify(policy));
  return file;
}

describe('policy drift check', () => {
  let emulator: Emulator;
  let dir: string;
  let driftingPolicy: string;
  let warn: jest.SpyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'profile-bff-policy-check-'));
    driftingPolicy = writeDriftingPolicy(dir);
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn');
  });
  afterEach(() => warn.mockRestore());

  const warnings = (): string[] => warn.mock.calls.map((call) => String(call[0]));

  describe('at start-up', () => {
    it('finds no mismatch between the default policy and the seeded pool', async () => {
      const t = await createTestApp(emulator);
      try {
        expect(await t.app.get(PolicyCheckService).startupCheck).toEqual([]);
        expect(warnings().filter((w) => w.includes('policy'))).toEqual([]);
      } finally {
        await t.close();
      }
    });

    it('logs one warning per seeded mismatch, naming the attribute, and keeps serving', async () => {
      const t = await createTestApp(emulator, { env: { ATTRIBUTE_POLICY_FILE: driftingPolicy } });
      try {
        const drifts = await t.app.get(PolicyCheckService).startupCheck;
        expect(drifts).toEqual([
          expect.objectContaining({ attribute: 'custom:role', kind: 'client-cannot-read' }),
          expect.objectContaining({ attribute: 'custom:role', kind: 'client-cannot-write' }),
        ]);
        expect(warnings()).toEqual([
          `policy drift: custom:role [client-cannot-read]: the policy lets users read "custom:role" but app client ${emulator.info.clientId} cannot read it`,
          `policy drift: custom:role [client-cannot-write]: the policy lets users change "custom:role" but app client ${emulator.info.clientId} cannot write it: Cognito will refuse`,
        ]);
        await request(t.server).get('/health/live').expect(200);
      } finally {
        await t.close();
      }
    });

    it('warns about an app client that can read what the policy hides and write what it forbids', async () => {
      const t = await createTestApp(emulator);
      try {
        // A second client in the emulator, as DescribeUserPoolClient will report it: it can read
        // the admin-only custom:role and write updated_at, which the policy lets no one change.
        const { UserPoolClient } = await emulator.cognito.send(
          new CreateUserPoolClientCommand({
            UserPoolId: emulator.info.userPoolId,
            ClientName: 'too-permissive',
            ReadAttributes: [...CLIENT_READ_ATTRIBUTES, 'custom:role'],
            WriteAttributes: [...CLIENT_WRITE_ATTRIBUTES, 'updated_at'],
          }),
        );
        const clientId = UserPoolClient!.ClientId!;
        const other = await createTestApp(emulator, {
          env: { ...emulator.env(), COGNITO_CLIENT_ID: clientId },
        });
        try {
          expect(await other.app.get(PolicyCheckService).startupCheck).toEqual([
            expect.objectContaining({
              attribute: 'updated_at',
              kind: 'client-can-write-unwritable',
            }),
            expect.objectContaining({
              attribute: 'custom:role',
              kind: 'client-can-read-unreadable',
            }),
          ]);
          expect(warnings()).toEqual([
            `policy drift: updated_at [client-can-write-unwritable]: app client ${clientId} can write "updated_at", which the policy lets no one change: users can change it with their own token, straight from Cognito, unchecked by the BFF`,
            `policy drift: custom:role [client-can-read-unreadable]: app client ${clientId} can read "custom:role", which the policy shows to admins only: users can read it with their own token, straight from Cognito`,
          ]);
        } finally {
          await other.close();
        }
      } finally {
        await t.close();
      }
    });

    it('logs and carries on when the pool cannot be described', async () => {
      const t = await createTestApp(emulator, {
        env: {
          COGNITO_ENDPOINT: emulator.info.endpoint,
          COGNITO_USER_POOL_ID: 'us-east-1_NoSuchPool',
          COGNITO_CLIENT_ID: emulator.info.clientId,
        },
      });
      try {
        expect(await t.app.get(PolicyCheckService).startupCheck).toBeUndefined();
        expect(warnings()).toEqual([
          expect.stringMatching(
            /^could not compare the attribute policy with user pool us-east-1_NoSuchPool \(upstream-error\)/,
          ),
        ]);
        await request(t.server).get('/attributes/schema').expect(200);
      } finally {
        await t.close();
      }
    });
  });

  describe('npm run policy:check', () => {
    /** Runs what `npm run policy:check` runs, with only the given settings. */
    async function policyCheck(env: Record<string, string>) {
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(
          ([k]) => !/^(COGNITO_|ATTRIBUTE_POLICY_FILE|LOCAL_|AWS_)/.test(k),
        ),
      );
      const command = join(ROOT, 'node_modules/.bin/ts-node');
      const args = ['--transpile-only', 'src/policy-check/policy-check-cli.ts'];
      try {
        const { stdout, stderr } = await promisify(execFile)(command, args, {
          cwd: ROOT,
          env: { ...clean, ...env },
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    }

    it('exits 0 and says so when policy and pool agree', async () => {
      const out = await policyCheck(emulator.env());
      expect(out.code).toBe(0);
      expect(out.stdout).toBe(
        `attribute policy ${DEFAULT_POLICY} vs user pool ${emulator.info.userPoolId} ` +
          `(app client ${emulator.info.clientId}, emulator mode): no mismatches\n`,
      );
    });

    it('prints the same report as the start-up warnings and exits 1 on a mismatch', async () => {
      const out = await policyCheck({ ...emulator.env(), ATTRIBUTE_POLICY_FILE: driftingPolicy });
      expect(out.code).toBe(1);
      expect(out.stdout.split('\n')).toEqual([
        expect.stringMatching(/: 2 mismatches$/),
        '  - custom:role [client-cannot-read]: the policy lets users read "custom:role" but ' +
          `app client ${emulator.info.clientId} cannot read it`,
        '  - custom:role [client-cannot-write]: the policy lets users change "custom:role" but ' +
          `app client ${emulator.info.clientId} cannot write it: Cognito will refuse`,
        '',
      ]);
    });

    it('exits 1 for an app client that allows more than the policy', async () => {
      const { UserPoolClient } = await emulator.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: emulator.info.userPoolId,
          ClientName: 'too-permissive-cli',
          ReadAttributes: [...CLIENT_READ_ATTRIBUTES, 'identities'],
          WriteAttributes: [...CLIENT_WRITE_ATTRIBUTES, 'updated_at'],
        }),
      );
      const clientId = UserPoolClient!.ClientId!;
      const out = await policyCheck({ ...emulator.env(), COGNITO_CLIENT_ID: clientId });
      expect(out.code).toBe(1);
      expect(out.stdout.split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(`\\(app client ${clientId}, emulator mode\\): 2 mismatches$`),
        ),
        `  - updated_at [client-can-write-unwritable]: app client ${clientId} can write "updated_at", which the policy lets no one change: users can change it with their own token, straight from Cognito, unchecked by the BFF`,
        `  - identities [client-can-read-unreadable]: app client ${clientId} can read "identities", which the policy shows to admins only: users can read it with their own token, straight from Cognito`,
        '',
      ]);
    });

    it('finds the running emulator through cognito.json in local mode', async () => {
      const dataDir = mkdtempSync(join(dir, 'local-'));
      writeFileSync(join(dataDir, 'cognito.json'), JSON.stringify(emulator.info));
      const out = await policyCheck({ LOCAL_DATA_DIR: dataDir });
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('local mode): no mismatches');
    });

    it('exits 2 with a hint when the local emulator is not running', async () => {
      const noRun = mkdtempSync(join(dir, 'never-started-'));
      const missing = await policyCheck({ LOCAL_DATA_DIR: noRun });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('cognito.json not found');

      const stopped = mkdtempSync(join(dir, 'stopped-'));
      const info = { ...emulator.info, endpoint: 'http://127.0.0.1:9' };
      writeFileSync(join(stopped, 'cognito.json'), JSON.stringify(info));
      const down = await policyCheck({ LOCAL_DATA_DIR: stopped, COGNITO_TIMEOUT_MS: '500' });
      expect(down.code).toBe(2);
      expect(down.stderr).toContain(
        'Is the embedded emulator running (npm start in another terminal)?',
      );
    });
  });
});
