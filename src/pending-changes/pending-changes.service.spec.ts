import { Logger } from '@nestjs/common';
import type { AuditEvent, AuditLogger } from '../common/audit/audit-logger';
import { MemoryPendingChangesStore } from './memory-pending-changes-store';
import { PendingChangesService, PendingSubject } from './pending-changes.service';
import { PendingChangesStore } from './pending-changes-store';

const confirm = {
  isUpdated: false,
  nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE' },
};
const done = { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } };
const verifiable = new Set(['email', 'phone_number']);
const self: PendingSubject = {
  sub: 's1',
  username: 'u1',
  actor: 'self',
  actorSub: 's1',
};
const all = () => true;

function setUp(given?: PendingChangesStore) {
  const events: AuditEvent[] = [];
  const audit = { record: (e: AuditEvent) => events.push(e) } as unknown as AuditLogger;
  let now = Date.UTC(2026, 0, 1);
  const store = given ?? new MemoryPendingChangesStore(100, () => now);
  const service = new PendingChangesService(store, audit, () => now);
  return { service, events, tick: (ms: number) => (now += ms) };
}

describe('PendingChangesService', () => {
  it('walks the lifecycle, auditing names only: requested → replaced → resent → confirmed', async () => {
    const { service, events, tick } = setUp();
    await service.afterUpdate(self, { email: 'a@example.com' }, { email: confirm }, verifiable);
    await service.afterUpdate(self, { email: 'b@example.com' }, { email: confirm }, verifiable);
    expect(await service.pendingValue('s1', 'email', { email: 'old@example.com' })).toBe(
      'b@example.com',
    );
    tick(60_000);
    await service.resent(self, 'email', 'b@example.com');
    const view = await service.view('s1', { email: 'old@example.com' }, all);
    expect(view.email.requestedAt).toBe('2026-01-01T00:01:00.000Z');
    await service.confirmed(self, 'email');
    expect(await service.view('s1', { email: 'old@example.com' }, all)).toEqual({});

    expect(events.map((e) => e.action)).toEqual([
      'self.pending-change.requested',
      'self.pending-change.replaced',
      'self.pending-change.resent',
      'self.pending-change.confirmed',
    ]);
    for (const e of events) {
      expect(e).toMatchObject({
        actorSub: 's1',
        subjectUsername: 'u1',
        attributeNames: ['email'],
        outcome: 'success',
      });
    }
    expect(JSON.stringify(events)).not.toMatch(/example\.com/);
  });

  it('a change back to the current value (or an admin change) cancels it', async () => {
    const { service, events } = setUp();
    await service.afterUpdate(self, { email: 'a@example.com' }, { email: confirm }, verifiable);
    const admin: PendingSubject = { ...self, actor: 'admin', actorSub: 'admin-sub' };
    await service.afterUpdate(admin, { email: 'set@example.com' }, { email: done }, verifiable);
    expect(await service.view('s1', {}, all)).toEqual({});
    expect(events.at(-1)).toMatchObject({
      action: 'admin.pending-change.cancelled',
      actorSub: 'admin-sub',
    });
    // Nothing pending: nothing to cancel, no event.
    await service.afterUpdate(self, { email: 'x@example.com' }, { email: done }, verifiable);
    expect(events).toHaveLength(2);
  });

  it('reads answer without pending when the store fails; writes after the fact are not failed', async () => {
    const broken = {
      kind: 'redis',
      get: () => Promise.reject(new Error('down')),
      put: () => Promise.reject(new Error('down')),
      remove: () => Promise.reject(new Error('down')),
    } as unknown as PendingChangesStore;
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { service } = setUp(broken);
    await expect(service.viewForRead('s1', {}, all)).resolves.toEqual({});
    await expect(
      service.afterUpdate(self, { email: 'a@example.com' }, { email: confirm }, verifiable),
    ).resolves.toBeUndefined();
    await expect(service.view('s1', {}, all)).rejects.toThrow('down');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
