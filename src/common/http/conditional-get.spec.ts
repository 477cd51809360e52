import { etagListMatches } from './conditional-get';

describe('etagListMatches, weak (If-None-Match, RFC 9110 §13.1.2)', () => {
  const etag = '"abc"';

  it('matches the same tag, weakly', () => {
    expect(etagListMatches('"abc"', etag, true)).toBe(true);
    expect(etagListMatches('W/"abc"', etag, true)).toBe(true);
    expect(etagListMatches('"abc"', 'W/"abc"', true)).toBe(true);
  });

  it('matches * and any member of a list', () => {
    expect(etagListMatches(' * ', etag, true)).toBe(true);
    expect(etagListMatches('"x", "abc"', etag, true)).toBe(true);
    expect(etagListMatches('"x",W/"abc"', etag, true)).toBe(true);
  });

  it('does not match other tags, unquoted tags or no header', () => {
    expect(etagListMatches('"abd"', etag, true)).toBe(false);
    expect(etagListMatches('abc', etag, true)).toBe(false);
    expect(etagListMatches('"x", "y"', etag, true)).toBe(false);
    expect(etagListMatches(undefined, etag, true)).toBe(false);
  });
});

describe('etagListMatches, exact (If-Match, RFC 9110 §13.1.1)', () => {
  it('matches the same tag, in a list or as *, and never a weak one', () => {
    expect(etagListMatches('"abc"', '"abc"', false)).toBe(true);
    expect(etagListMatches('"x", "abc"', '"abc"', false)).toBe(true);
    expect(etagListMatches('*', '"abc"', false)).toBe(true);
    expect(etagListMatches('W/"abc"', '"abc"', false)).toBe(false);
    expect(etagListMatches(undefined, '"abc"', false)).toBe(false);
  });
});
