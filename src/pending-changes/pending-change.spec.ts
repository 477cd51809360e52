import {
  parseStoredChange,
  PENDING_CHANGE_LIFETIME_MS,
  pendingAfterUpdate,
  visiblePendingChanges,
} from './pending-change';

const t0 = Date.UTC(2026, 10, 23, 10, 0, 0);
const all = () => true;
const confirm = {
  isUpdated: false,
  nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE' },
};
const done = { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } };
const verifiable = new Set(['email', 'phone_number']);

describe('visiblePendingChanges', () => {
  const stored = { email: { value: 'new@example.com', requestedAt: t0 } };

  it('shows the value with when it was requested and when its code expires', () => {
    expect(visiblePendingChanges(stored, { email: 'old@example.com' }, t0 + 1000, all)).toEqual({
      email: {
        value: 'new@example.com',
        requestedAt: '2026-11-23T10:00:00.000Z',
        expiresAt: '2026-11-24T10:00:00.000Z',
      },
    });
  });

  it("hides it once 24 h have passed (Cognito's code would have expired)", () => {
    const current = { email: 'old@example.com' };
    expect(
      visiblePendingChanges(stored, current, t0 + PENDING_CHANGE_LIFETIME_MS - 1, all),
    ).toHaveProperty('email');
    expect(visiblePendingChanges(stored, current, t0 + PENDING_CHANGE_LIFETIME_MS, all)).toEqual(
      {},
    );
  });

  it('hides it once the value is in effect (confirmed some other way)', () => {
    expect(visiblePendingChanges(stored, { email: 'new@example.com' }, t0, all)).toEqual({});
  });

  it('shows only what the audience may read', () => {
    expect(visiblePendingChanges(stored, {}, t0, (name) => name !== 'email')).toEqual({});
  });

  it('never returns an object with a prototype', () => {
    expect(Object.getPrototypeOf(visiblePendingChanges(stored, {}, t0, all))).toBeNull();
  });
});

describe('pendingAfterUpdate', () => {
  it('records a value Cognito holds back for a code', () => {
    const out = pendingAfterUpdate(
      { email: 'new@example.com', name: 'N' },
      { email: confirm, name: done },
      verifiable,
    );
    expect({ ...out.record }).toEqual({ email: 'new@example.com' });
    expect(out.clear).toEqual([]);
  });

  it('ends it when the value took effect or is the current one again (a change back cancels)', () => {
    expect(
      pendingAfterUpdate({ email: 'old@example.com' }, { email: done }, verifiable).clear,
    ).toEqual(['email']);
    // A phone number stored at once but unverified is not pending: it is the current value.
    const unverified = {
      isUpdated: true,
      nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE' },
    };
    const out = pendingAfterUpdate(
      { phone_number: '+14155550100' },
      { phone_number: unverified },
      verifiable,
    );
    expect(out.clear).toEqual(['phone_number']);
    expect({ ...out.record }).toEqual({});
  });

  it('ignores attributes without verification', () => {
    const out = pendingAfterUpdate({ name: 'N' }, { name: confirm }, verifiable);
    expect({ ...out.record }).toEqual({});
    expect(out.clear).toEqual([]);
  });
});

describe('parseStoredChange', () => {
  it.each(['', 'null', '[]', '{"value":1,"requestedAt":2}', '{"value":"a"}', '{'])(
    'ignores %j',
    (raw) => {
      expect(parseStoredChange(raw)).toBeUndefined();
    },
  );
  it('reads a well-formed entry', () => {
    expect(parseStoredChange('{"value":"a@b.c","requestedAt":5}')).toEqual({
      value: 'a@b.c',
      requestedAt: 5,
    });
  });
});
