import { readFileSync } from 'node:fs';
import { generateOpenApiJson, OPENAPI_FILE } from '../src/openapi/openapi-generate';
import { OpenApiContract } from './support/openapi-contract';

describe('openapi/openapi.json', () => {
  it('matches what the code generates (run `npm run openapi` and commit the result)', async () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    expect(await generateOpenApiJson()).toBe(committed);
  });
});

describe('operationIds', () => {
  const spec = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const ids = Object.values(spec.paths).flatMap((item) =>
    Object.values(item).map((operation) => operation.operationId),
  );

  // Generated clients turn them into function names: `getMyAttributes`, not `Controller_read`.
  it('are readable camelCase names, one per operation, all different', () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the contract check every e2e response goes through', () => {
  const contract = new OpenApiContract();
  const ok = {
    method: 'GET',
    url: '/me/attributes',
    status: 200,
    headers: {
      'x-request-id': 'r-1',
      etag: '"abc"',
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify({ attributes: { sub: 's' } }),
  };
  const problem = (status: number, code: string) => ({
    ...ok,
    status,
    headers: { 'x-request-id': 'r-1', 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: 't', title: 't', status, code }),
  });

  it('passes what the spec says', () => {
    expect(contract.check(ok)).toEqual([]);
    expect(contract.check(problem(401, 'invalid-token'))).toEqual([]);
    expect(contract.check({ ...ok, url: '/docs' })).toEqual([]); // not an API route
  });

  it.each([
    ['an undeclared status', { ...ok, status: 418 }, /status not declared/],
    ['a missing ETag', { ...ok, headers: { ...ok.headers, etag: undefined } }, /no ETag/],
    ['a body of the wrong shape', { ...ok, body: '{"attributes":{"a":1}}' }, /body/],
    ['a code the operation cannot return', problem(401, 'forbidden'), /body/],
    [
      'problem+json declared as JSON',
      { ...problem(401, 'invalid-token'), headers: ok.headers },
      /content type/,
    ],
    ['a method the path lacks', { ...ok, method: 'PUT' }, /method not in the spec/],
  ])('catches %s', (_name, res, message) => {
    expect(contract.check(res).join('\n')).toMatch(message);
  });
});
