import { findDuplicateJsonKeys, scanJsonText } from './json-duplicate-keys';

describe('findDuplicateJsonKeys', () => {
  it('finds nothing in JSON without repeated keys', () => {
    expect(findDuplicateJsonKeys('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toEqual([]);
    expect(findDuplicateJsonKeys('[1, "a", "a", {"x": "a"}]')).toEqual([]);
    expect(findDuplicateJsonKeys('"just a string"')).toEqual([]);
  });

  it('reports the path of each repeated key, at any depth', () => {
    const text = `{
      "version": 1, "version": 1,
      "attributes": { "custom:role": { "write": false, "read": false, "write": true } },
      "list": [{}, {"k": 1, "k": 2}]
    }`;
    expect(findDuplicateJsonKeys(text)).toEqual([
      'version',
      'attributes["custom:role"].write',
      'list[1].k',
    ]);
  });

  it('is not fooled by strings that look like syntax', () => {
    const text = '{"a": "{\\"a\\": 1, \\"a\\": 2}", "b": "x,\\"b\\":", "c": "\\\\"}';
    expect(findDuplicateJsonKeys(text)).toEqual([]);
  });

  it('compares keys after unescaping, as JSON.parse does', () => {
    expect(findDuplicateJsonKeys('{"write": false, "wr\\u0069te": true}')).toEqual(['write']);
  });

  it('treats values equal to keys as values', () => {
    expect(findDuplicateJsonKeys('{"a": "a", "b": "a"}')).toEqual([]);
  });
});

describe('scanJsonText', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('reports nesting deeper than maxDepth, counting objects and arrays alike', () => {
    expect(scanJsonText(nested(32), { maxDepth: 32 }).tooDeep).toBe(false);
    expect(scanJsonText(nested(33), { maxDepth: 32 }).tooDeep).toBe(true);
    const objects = '{"a":'.repeat(20) + '[' + '{"b":'.repeat(20) + '1' + '}'.repeat(20) + ']';
    expect(scanJsonText(objects, { maxDepth: 40 }).tooDeep).toBe(true);
    expect(scanJsonText(objects, { maxDepth: 41 }).tooDeep).toBe(false);
  });

  it('measures depth, not the number of containers', () => {
    const wide = `[${Array.from({ length: 500 }, () => '{"a":[1]}').join(',')}]`;
    expect(scanJsonText(wide, { maxDepth: 3 })).toEqual({ duplicates: [], tooDeep: false });
  });

  it('is not fooled by brackets inside strings', () => {
    expect(scanJsonText(`{"a":"${'['.repeat(100)}"}`, { maxDepth: 2 }).tooDeep).toBe(false);
  });

  it('scans a deep text of a few thousand levels without recursion', () => {
    expect(scanJsonText(nested(100_000), { maxDepth: 32 }).tooDeep).toBe(true);
    expect(scanJsonText(nested(100_000)).tooDeep).toBe(false);
  });

  it.each([
    ['an unterminated string', '{"a": "b'],
    ['an unterminated key', '{"a'],
    ['a trailing backslash', '{"a\\'],
    ['a bad escape in a key', '{"\\x": 1, "\\x": 2}'],
    ['unbalanced closers', ']]]}}}'],
    ['nothing', ''],
  ])('ends without throwing on %s', (_what, text) => {
    expect(() => scanJsonText(text, { maxDepth: 32 })).not.toThrow();
  });

  it('finds a second top-level object hidden by a repeated key', () => {
    const text = '{"attributes":{"name":"A"},"attributes":{"custom:role":"admin"}}';
    expect(scanJsonText(text, { maxDepth: 32 }).duplicates).toEqual(['attributes']);
  });
});

describe('scanJsonText on escapes', () => {
  it('ends a string at a quote after an even run of backslashes only', () => {
    expect(scanJsonText('{"a\\\\":1,"a\\\\":2}').duplicates).toEqual(['["a\\\\"]']);
    expect(scanJsonText('{"a":"x\\\\\\"y","a":1}').duplicates).toEqual(['a']);
    expect(scanJsonText('{"a":"\\\\","b":"\\\\\\\\","b":1}').duplicates).toEqual(['b']);
  });
});
