import request from 'supertest';
import { Emulator, TestUser } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';
import { refusedUnchanged } from './support/refused-unchanged';

describe('DELETE /me/attributes', () => {
  let emulator: Emulator;
  let t: TestApp;

  beforeAll(async () => ({ emulator, t } = await startTestApp()));
  afterAll(() => stopAll(t, emulator));

  const del = (user: TestUser, query: string) =>
    request(t.server)
      .delete(`/me/attributes${query}`)
      .set('Authorization', `Bearer ${user.accessToken}`);

  const profile = {
    name: 'Del Eter',
    nickname: 'del',
    website: 'https://example.com',
    'custom:display_name': 'deleter',
    'custom:role': 'editor',
  };

  const expectRefusedUnchanged = refusedUnchanged(() => emulator);

  it('deletes comma-separated keys → 204 with the new ETag', async () => {
    const user = await emulator.createUser(profile);
    const res = await del(user, '?keys=nickname,website').expect(204);

    expect(res.text).toBe('');
    const held = await emulator.cognitoAttributes(user.username);
    expect(held).not.toHaveProperty('nickname');
    expect(held).not.toHaveProperty('website');
    expect(held).toMatchObject({ name: 'Del Eter', 'custom:display_name': 'deleter' });
    const read = await request(t.server)
      .get('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`);
    expect(res.headers.etag).toBe(read.headers.etag);
  });

  it('deletes repeated keys (keys=a&keys=b), custom attributes included', async () => {
    const user = await emulator.createUser(profile);
    await del(user, '?keys=custom:display_name&keys=name').expect(204);

    const held = await emulator.cognitoAttributes(user.username);
    expect(held).not.toHaveProperty('custom:display_name');
    expect(held).not.toHaveProperty('name');
    expect(held).toMatchObject({ nickname: 'del', 'custom:role': 'editor' });
  });

  describe('refusals delete nothing', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await emulator.createUser({ ...profile, phone_number: '+14155550100' });
    });

    it.each([
      ['a required attribute (email)', 'email'],
      ['sub', 'sub'],
      ['email_verified', 'email_verified'],
      ['an admin-only attribute', 'custom:role'],
      ['a read-only attribute', 'updated_at'],
      ['an unknown attribute', 'custom:nope'],
    ])('403 for %s', async (_what, key) => {
      const res = await expectRefusedUnchanged(
        user,
        () => del(user, `?keys=${encodeURIComponent(key)}`),
        403,
        'attribute-not-deletable',
      );
      expect(res.body.errors).toEqual([expect.objectContaining({ attribute: key })]);
    });

    it('403 listing every refused key, even next to deletable ones', async () => {
      const res = await expectRefusedUnchanged(
        user,
        () => del(user, '?keys=nickname,email,sub&keys=website'),
        403,
        'attribute-not-deletable',
      );
      expect(res.body.errors.map((e: { attribute: string }) => e.attribute)).toEqual([
        'email',
        'sub',
      ]);
    });

    it.each([
      ['no keys', ''],
      ['an empty keys value', '?keys='],
      ['an empty name in the list', '?keys=nickname,,website'],
      ['an unknown query parameter', '?keys=nickname&force=true'],
      ['a prototype key', '?keys=__proto__'],
      ['constructor', '?keys=nickname,constructor'],
      ['bracket syntax', '?keys[]=nickname'],
    ])('400 for %s', async (_what, query) => {
      await expectRefusedUnchanged(user, () => del(user, query), 400, 'validation-failed');
    });

    it('412 for a stale If-Match', async () => {
      await expectRefusedUnchanged(
        user,
        () => del(user, '?keys=nickname').set('If-Match', '"stale"'),
        412,
        'precondition-failed',
      );
    });
  });

  it('deletes with a current If-Match', async () => {
    const user = await emulator.createUser(profile);
    const etag = (
      await request(t.server)
        .get('/me/attributes')
        .set('Authorization', `Bearer ${user.accessToken}`)
    ).headers.etag as string;
    await del(user, '?keys=nickname').set('If-Match', etag).expect(204);
    expect(await emulator.cognitoAttributes(user.username)).not.toHaveProperty('nickname');
  });

  it('needs a token', async () => {
    const user = await emulator.createUser(profile);
    await request(t.server).delete('/me/attributes?keys=nickname').expect(401);
    expect(await emulator.cognitoAttributes(user.username)).toHaveProperty('nickname', 'del');
  });
});
