import { prototypeKeyProblems } from './prototype-keys.interceptor';

describe('prototypeKeyProblems', () => {
  it('finds prototype keys at any depth, naming attribute names as such', () => {
    const body = JSON.parse(
      '{"attributes":{"__proto__":{"x":1},"name":"n"},"clientMetadata":{"a":{"constructor":1}},"prototype":2}',
    );
    expect(prototypeKeyProblems(body)).toEqual(
      expect.arrayContaining([
        {
          attribute: '__proto__',
          code: 'invalid-attribute-name',
          message: 'attribute name is not allowed',
        },
        { code: 'invalid-field', message: 'a key named "constructor" is not allowed' },
        { code: 'invalid-field', message: 'a key named "prototype" is not allowed' },
      ]),
    );
  });

  it('accepts ordinary bodies and non-objects', () => {
    expect(prototypeKeyProblems({ username: 'a', attributes: { name: 'n' } })).toEqual([]);
    expect(prototypeKeyProblems(undefined)).toEqual([]);
    expect(prototypeKeyProblems('text')).toEqual([]);
  });

  it('walks very deep bodies without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}`);
    expect(prototypeKeyProblems(deep)).toHaveLength(1);
  });
});
