import { subjectKey, subjectTag } from './redis-keys';

describe('Redis keys', () => {
  it('give every key of a subject the same hash tag, and name no identifier', () => {
    const sub = '2f1c9c4e-0000-4000-8000-000000000001';
    const keys = ['attributes', 'rl:read', 'attempts:verify'].map((p) => subjectKey(p, 'sub', sub));
    const tags = keys.map((k) => /\{([^}]+)\}/.exec(k)?.[1]);
    expect(new Set(tags).size).toBe(1);
    expect(keys.join(' ')).not.toContain(sub);
    expect(keys[0]).toMatch(/^profile-bff:attributes:\{[A-Za-z0-9_-]{43}\}$/);
  });

  it('keeps kinds apart: an IP and a username with the same text get different tags', () => {
    expect(subjectTag('ip', 'x')).not.toBe(subjectTag('username', 'x'));
  });
});
