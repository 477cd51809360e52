import { MemoryPendingChangesStore } from './memory-pending-changes-store';
import { PENDING_CHANGE_LIFETIME_MS } from './pending-change';

describe('MemoryPendingChangesStore', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('keeps entries per user and attribute, and removes them', async () => {
    const store = new MemoryPendingChangesStore(10, clock);
    await store.put('a', 'email', { value: 'x@example.com', requestedAt: now });
    await store.put('a', 'phone_number', { value: '+14155550100', requestedAt: now });
    await store.put('b', 'email', { value: 'y@example.com', requestedAt: now });
    expect(Object.keys(await store.get('a')).sort()).toEqual(['email', 'phone_number']);
    await store.remove('a', ['email']);
    expect(Object.keys(await store.get('a'))).toEqual(['phone_number']);
    expect((await store.get('b')).email.value).toBe('y@example.com');
    await store.remove('a', ['phone_number']);
    expect(store.size()).toBe(1);
  });

  it('forgets entries older than 24 h', async () => {
    const store = new MemoryPendingChangesStore(10, clock);
    await store.put('a', 'email', { value: 'x@example.com', requestedAt: now });
    now += PENDING_CHANGE_LIFETIME_MS;
    expect(await store.get('a')).toEqual({});
    expect(store.size()).toBe(0);
  });

  it('is bounded: the least recently changed user goes first', async () => {
    const store = new MemoryPendingChangesStore(2, clock);
    for (const sub of ['a', 'b', 'c']) {
      await store.put(sub, 'email', { value: `${sub}@example.com`, requestedAt: now });
    }
    expect(store.size()).toBe(2);
    expect(await store.get('a')).toEqual({});
    expect(Object.keys(await store.get('c'))).toEqual(['email']);
  });

  it('hands out copies, not its own entries', async () => {
    const store = new MemoryPendingChangesStore(10, clock);
    await store.put('a', 'email', { value: 'x@example.com', requestedAt: now });
    (await store.get('a')).email.value = 'changed';
    expect((await store.get('a')).email.value).toBe('x@example.com');
  });
});
