import { readFileSync } from 'node:fs';
import { generateOpenApiJson, OPENAPI_FILE } from '../src/openapi-generate';

describe('openapi/openapi.json', () => {
  it('matches what the code generates (run `npm run openapi` and commit the result)', async () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    expect(await generateOpenApiJson()).toBe(committed);
  });
});
