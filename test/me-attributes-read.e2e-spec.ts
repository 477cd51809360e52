import request from 'supertest';
import { Emulator, startEmulator, TestUser } from './support/emulator';
import { createTestApp, TestApp } from './support/test-app';

describe('GET /me/attributes', () => {
  let emulator: Emulator;
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    // Every read goes to Cognito, so a change made there shows at once (the cache has its spec).
    emulator = await startEmulator();
    t = await createTestApp(emulator, { env: { ATTRIBUTES_CACHE_TTL_MS: '0' } });
    user = await emulator.createUser({
      name: 'Ada Lovelace',
      'custom:display_name': 'ada',
      'custom:role': 'editor',
      locale: 'en-GB',
    });
  });
  afterAll(async () => {
    await t?.close();
    await emulator?.stop();
  });

  it('returns exactly the readable attributes Cognito holds for the caller', async () => {
    const res = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .expect(200);

    const held = await emulator.cognitoAttributes(user.username);
    expect(held['custom:role']).toBe('editor');
    const { 'custom:role': _adminOnly, ...readable } = held;
    expect(res.body).toEqual({ attributes: readable });
    expect(res.body.attributes).not.toHaveProperty('custom:role');
    expect(res.body.attributes.sub).toBe(user.sub);
  });

  it('sends a strong ETag, no-store, and 304 for a matching If-None-Match', async () => {
    const first = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('no-store');

    const second = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .set('If-None-Match', `"other", ${etag}`)
      .expect(304);
    expect(second.text).toBe('');
    expect(second.headers.etag).toBe(etag);

    await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .set('If-None-Match', '"stale"')
      .expect(200);
  });

  it('changes the ETag when Cognito changes the attributes', async () => {
    const reader = await emulator.createUser({ nickname: 'before' });
    const read = () =>
      request(t.server)
        .get('/me/attributes')
        .set('Authorization', `Bearer ${reader.accessToken}`)
        .expect(200);
    const setNickname = (nickname: string) =>
      emulator.changeAttributes(reader.username, { nickname });

    const before = await read();
    expect((await read()).headers.etag).toBe(before.headers.etag);

    await setNickname('after');
    const after = await read();
    expect(after.body.attributes.nickname).toBe('after');
    expect(after.headers.etag).not.toBe(before.headers.etag);

    // The tag follows the content: back to the old value, back to the old tag.
    await setNickname('before');
    expect((await read()).headers.etag).toBe(before.headers.etag);
  });

  it('shows the seeded demo user without custom:role', async () => {
    const token = await emulator.tokenFor('demo');
    const res = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body.attributes).toMatchObject({ email: 'demo@example.com', name: 'Demo User' });
    expect(res.body.attributes).not.toHaveProperty('custom:role');
  });

  it('answers 401 problem+json when Cognito no longer knows the user', async () => {
    const gone = await emulator.createUser();
    const { AdminDeleteUserCommand } = await import('@aws-sdk/client-cognito-identity-provider');
    await emulator.cognito.send(
      new AdminDeleteUserCommand({
        UserPoolId: emulator.info.userPoolId,
        Username: gone.username,
      }),
    );
    const res = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${gone.accessToken}`)
      .expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(res.body).toMatchObject({ status: 401, code: 'invalid-token' });
    expect(JSON.stringify(res.body)).not.toMatch(/Exception|stack/i);
  });
});
