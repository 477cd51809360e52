/**
 * Generates `client/src/generated/openapi.ts` from the committed `openapi/openapi.json` with
 * openapi-typescript, formatted with the repo's Prettier settings so `prettier --check` passes.
 *   node client/scripts/generate-api-types.mjs            writes the file (`npm run client:types`)
 *   node client/scripts/generate-api-types.mjs --stdout   prints it (the drift spec compares)
 * Plain ESM run by Node, because openapi-typescript and Prettier load ESM that jest cannot.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SPEC_FILE = join(ROOT, 'openapi', 'openapi.json');
const TYPES_FILE = join(ROOT, 'client', 'src', 'generated', 'openapi.ts');

const BANNER = `/**
 * Generated from openapi/openapi.json by \`npm run client:types\` (openapi-typescript).
 * Do not edit: a test fails when this file and the spec drift apart.
 */

`;

async function generate() {
  // The committed file, parsed here: nothing is fetched, refs resolve within the document.
  const ast = await openapiTS(JSON.parse(readFileSync(SPEC_FILE, 'utf8')), { silent: true });
  const options = (await prettier.resolveConfig(TYPES_FILE)) ?? {};
  return prettier.format(BANNER + astToString(ast), { ...options, filepath: TYPES_FILE });
}

const source = await generate();
if (process.argv.includes('--stdout')) {
  process.stdout.write(source);
} else {
  writeFileSync(TYPES_FILE, source);
  process.stdout.write(`wrote ${relative(ROOT, TYPES_FILE)} from ${relative(ROOT, SPEC_FILE)}\n`);
}
