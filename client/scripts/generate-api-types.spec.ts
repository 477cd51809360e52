import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SCRIPT = join(__dirname, 'generate-api-types.mjs');
const TYPES_FILE = join(__dirname, '..', 'src', 'generated', 'openapi.ts');

describe('client/src/generated/openapi.ts', () => {
  it('matches a fresh generation from openapi/openapi.json (run `npm run client:types` and commit it)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--stdout'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toBe(readFileSync(TYPES_FILE, 'utf8'));
  }, 60_000);
});
