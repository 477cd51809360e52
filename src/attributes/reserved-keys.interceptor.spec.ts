import { reservedKeyProblems } from './reserved-keys.interceptor';

const parse = (json: string): unknown => JSON.parse(json);

describe('reservedKeyProblems', () => {
  it('finds __proto__, constructor and prototype as own keys of attributes', () => {
    const body = parse('{"attributes":{"__proto__":"x","constructor":"y","name":"A"}}');
    expect(reservedKeyProblems(body)).toEqual([
      expect.objectContaining({ attribute: '__proto__', code: 'invalid-attribute-name' }),
      expect.objectContaining({ attribute: 'constructor', code: 'invalid-attribute-name' }),
    ]);
  });

  it('finds them in clientMetadata and at the top level', () => {
    const body = parse(
      '{"__proto__":{"a":1},"attributes":{"name":"A"},"clientMetadata":{"prototype":"p"}}',
    );
    expect(reservedKeyProblems(body).map((p) => p.message)).toEqual([
      '"__proto__" is not allowed in the body',
      '"prototype" is not allowed in clientMetadata',
    ]);
  });

  it('ignores ordinary bodies and inherited names', () => {
    expect(reservedKeyProblems({ attributes: { name: 'A' } })).toEqual([]);
    expect(reservedKeyProblems(undefined)).toEqual([]);
    expect(reservedKeyProblems([{ __proto__: 'x' }])).toEqual([]);
  });

  it('only reads: Object.prototype is untouched', () => {
    reservedKeyProblems(parse('{"attributes":{"__proto__":{"polluted":"yes"}}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
