import { ifNoneMatchMatches } from './conditional-get';

describe('ifNoneMatchMatches (RFC 9110 §13.1.2)', () => {
  const etag = '"abc"';

  it('matches the same tag, weakly', () => {
    expect(ifNoneMatchMatches('"abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches('W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"abc"', 'W/"abc"')).toBe(true);
  });

  it('matches * and any member of a list', () => {
    expect(ifNoneMatchMatches(' * ', etag)).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"x",W/"abc"', etag)).toBe(true);
  });

  it('does not match other tags, unquoted tags or no header', () => {
    expect(ifNoneMatchMatches('"abd"', etag)).toBe(false);
    expect(ifNoneMatchMatches('abc', etag)).toBe(false);
    expect(ifNoneMatchMatches('"x", "y"', etag)).toBe(false);
    expect(ifNoneMatchMatches(undefined, etag)).toBe(false);
  });
});
