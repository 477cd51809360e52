import request from 'supertest';
import { AuditLogger, AuditRecord } from '../src/common/audit/audit-logger';
import { Emulator } from './support/emulator';
import { startTestApp, stopAll, TestApp } from './support/test-app';

/** Keeps audit events as written, so the tests can read what would be logged. */
class RecordingAuditLogger extends AuditLogger {
  readonly records: AuditRecord[] = [];
  protected override write(record: AuditRecord): void {
    this.records.push(record);
  }
}

/**
 * Every audit event carries the X-Request-Id of the request it happened in, whichever layer
 * wrote it (a guard, a service, the pending-changes lifecycle): the audit logger reads it from
 * the request context, nobody passes it on.
 */
describe('audit events and the request id', () => {
  let emulator: Emulator;
  let t: TestApp;
  const audit = new RecordingAuditLogger();

  beforeAll(async () => {
    ({ emulator, t } = await startTestApp({
      override: (builder) => builder.overrideProvider(AuditLogger).useValue(audit),
    }));
  });
  afterAll(() => stopAll(t, emulator));
  beforeEach(() => audit.records.splice(0));

  const idsOf = (action: string) =>
    audit.records.filter((r) => r.action === action).map((r) => r.requestId);

  it('self-service: the update and the pending change it starts', async () => {
    const user = await emulator.createUser();
    const res = await request(t.server)
      .patch('/me/attributes')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .set('X-Request-Id', 'rid-self-update')
      .send({ attributes: { email: `new-${user.sub}@example.com` } })
      .expect(200);
    expect(res.headers['x-request-id']).toBe('rid-self-update');
    expect(idsOf('self.attributes.update')).toEqual(['rid-self-update']);
    expect(idsOf('self.pending-change.requested')).toEqual(['rid-self-update']);
  });

  it('a guard: a non-admin refused on an admin route', async () => {
    const user = await emulator.createUser();
    await request(t.server)
      .get(`/users/${user.sub}/attributes`)
      .set('Authorization', `Bearer ${user.accessToken}`)
      .set('X-Request-Id', 'rid-denied')
      .expect(403);
    expect(idsOf('admin.access-denied')).toEqual(['rid-denied']);
  });

  it('public: sign-up, with an id the service made when the client sent none', async () => {
    const res = await request(t.server)
      .post('/sign-up')
      .set('Content-Type', 'application/json')
      .send({ username: `audit-${Date.now()}@example.com`, password: 'Correct-Horse-7' })
      .expect(201);
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{36}$/);
    expect(idsOf('self.sign-up')).toEqual([res.headers['x-request-id']]);
  });

  it('concurrent requests each keep their own id', async () => {
    const users = await Promise.all([1, 2, 3, 4].map(() => emulator.createUser()));
    await Promise.all(
      users.map((user, i) =>
        request(t.server)
          .patch('/me/attributes')
          .set('Authorization', `Bearer ${user.accessToken}`)
          .set('X-Request-Id', `rid-parallel-${i}`)
          .send({ attributes: { name: `Parallel ${i}` } })
          .expect(200),
      ),
    );
    const updates = audit.records.filter((r) => r.action === 'self.attributes.update');
    expect(updates).toHaveLength(4);
    for (const [i, user] of users.entries()) {
      expect(updates.find((r) => r.actorSub === user.sub)?.requestId).toBe(`rid-parallel-${i}`);
    }
  });
});
