import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';

/**
 * Conditional reads (RFC 9110 §13.1.2) with Node's own fetch, the way server-side clients call
 * the API. Node's fetch adds `Cache-Control: no-cache` and `Pragma: no-cache` to every request that
 * carries If-None-Match: the answer must still be 304 for an unchanged profile.
 */
describe('GET /me/attributes with If-None-Match, from Node fetch', () => {
  let emulator: Emulator;
  let t: TestApp;
  let baseUrl: string;
  let user: TestUser;

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({ listen: true }));
    baseUrl = t.url;
  });
  afterAll(() => stopAll(t, emulator));
  beforeEach(async () => {
    user = await emulator.createUser({ name: 'Conditional Reader' });
  });

  const read = (headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${baseUrl}/me/attributes`, {
      method,
      headers: { Authorization: `Bearer ${user.accessToken}`, ...headers },
    });

  async function currentEtag(): Promise<string> {
    const res = await read();
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    return etag!;
  }

  it('answers 304 with the ETag and no body for an unchanged profile', async () => {
    const etag = await currentEtag();
    const res = await read({ 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-request-id')).toEqual(expect.any(String));
    expect(await res.text()).toBe('');
  });

  it('answers 304 whatever Cache-Control the request carries', async () => {
    const etag = await currentEtag();
    for (const cacheControl of ['no-cache', 'max-age=0', 'no-store']) {
      const res = await read({ 'If-None-Match': etag, 'Cache-Control': cacheControl });
      expect(res.status).toBe(304);
    }
  });

  it('answers 200 with the new attributes and a new ETag once the profile changed', async () => {
    const etag = await currentEtag();
    const patch = await fetch(`${baseUrl}/me/attributes`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${user.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ attributes: { name: 'Renamed Reader' } }),
    });
    expect(patch.status).toBe(200);
    expect((await emulator.cognitoAttributes(user.username)).name).toBe('Renamed Reader');

    const res = await read({ 'If-None-Match': etag });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { attributes: Record<string, string> };
    expect(body.attributes.name).toBe('Renamed Reader');
    expect(res.headers.get('etag')).not.toBe(etag);
    expect(res.headers.get('etag')).toBe(patch.headers.get('etag'));
  });

  it('matches *, any tag of a list, and weak tags (weak comparison)', async () => {
    const etag = await currentEtag();
    expect((await read({ 'If-None-Match': '*' })).status).toBe(304);
    expect((await read({ 'If-None-Match': `"stale", ${etag} , "other"` })).status).toBe(304);
    expect((await read({ 'If-None-Match': `W/${etag}` })).status).toBe(304);
  });

  it('answers 200 when no listed tag matches', async () => {
    const etag = await currentEtag();
    const res = await read({ 'If-None-Match': `"stale", W/"other", ${etag.slice(0, -2)}"` });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(etag);
    expect(((await res.json()) as { attributes: { name: string } }).attributes.name).toBe(
      'Conditional Reader',
    );
  });

  it('answers HEAD like GET: 304 for a matching tag', async () => {
    const etag = await currentEtag();
    const res = await read({ 'If-None-Match': etag }, 'HEAD');
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
  });

  it('never answers 304 to an error: a bad token with a matching tag is still 401', async () => {
    const etag = await currentEtag();
    const res = await fetch(`${baseUrl}/me/attributes`, {
      headers: { Authorization: 'Bearer not-a-token', 'If-None-Match': '*' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('etag')).toBeNull();
    expect(etag).toBeDefined();
  });
});
