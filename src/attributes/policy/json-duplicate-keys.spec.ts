import { findDuplicateJsonKeys } from './json-duplicate-keys';

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
