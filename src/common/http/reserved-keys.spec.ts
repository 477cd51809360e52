import { reservedKeyProblems } from './reserved-keys';

const parse = (json: string): unknown => JSON.parse(json);

describe('reservedKeyProblems', () => {
  it('reports reserved keys of attributes as attribute names', () => {
    const body = parse('{"attributes":{"__proto__":"x","constructor":"y","name":"A"}}');
    expect(reservedKeyProblems(body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ attribute: '__proto__', code: 'invalid-attribute-name' }),
        expect.objectContaining({ attribute: 'constructor', code: 'invalid-attribute-name' }),
      ]),
    );
    expect(reservedKeyProblems(body)).toHaveLength(2);
  });

  it('finds them at any depth elsewhere in the body', () => {
    const body = parse(
      '{"__proto__":{"a":1},"attributes":{"name":"A"},"clientMetadata":{"a":{"prototype":"p"}}}',
    );
    expect(reservedKeyProblems(body)).toEqual(
      expect.arrayContaining([
        { code: 'reserved-key', message: 'a key named "__proto__" is not allowed' },
        { code: 'reserved-key', message: 'a key named "prototype" is not allowed' },
      ]),
    );
  });

  it('ignores ordinary bodies, non-objects and inherited names', () => {
    expect(reservedKeyProblems({ username: 'a', attributes: { name: 'A' } })).toEqual([]);
    expect(reservedKeyProblems(undefined)).toEqual([]);
    expect(reservedKeyProblems('text')).toEqual([]);
  });

  it('walks very deep bodies without recursion', () => {
    const deep = parse(`${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}`);
    expect(reservedKeyProblems(deep)).toHaveLength(1);
  });

  it('only reads: Object.prototype is untouched', () => {
    reservedKeyProblems(parse('{"attributes":{"__proto__":{"polluted":"yes"}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
