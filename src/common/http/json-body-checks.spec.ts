import { AppError } from '../errors/app-error';
import { jsonBodyProblems, MAX_JSON_BODY_DEPTH, verifyJsonBody } from './json-body-checks';

describe('jsonBodyProblems', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('accepts ordinary bodies', () => {
    expect(jsonBodyProblems('{"attributes":{"name":"Ada"},"clientMetadata":{"a":"b"}}')).toEqual(
      [],
    );
    expect(jsonBodyProblems(nested(MAX_JSON_BODY_DEPTH))).toEqual([]);
  });

  it('refuses nesting past the limit with one problem, whatever the depth', () => {
    expect(jsonBodyProblems(nested(MAX_JSON_BODY_DEPTH + 1))).toEqual([
      { code: 'json-too-deep', message: expect.stringContaining(String(MAX_JSON_BODY_DEPTH)) },
    ]);
    expect(jsonBodyProblems(nested(5000))).toHaveLength(1);
  });

  it('lists every repeated key by path', () => {
    expect(jsonBodyProblems('{"a":1,"a":2,"attributes":{"name":"x","name":"y"}}')).toEqual([
      { code: 'duplicate-key', message: 'the key a appears more than once' },
      { code: 'duplicate-key', message: 'the key attributes.name appears more than once' },
    ]);
  });
});

describe('verifyJsonBody', () => {
  const verify = (text: string, encoding = 'utf-8') =>
    verifyJsonBody({} as never, {} as never, Buffer.from(text, 'utf8'), encoding);

  it('passes a clean body', () => {
    expect(() => verify('{"a":1}')).not.toThrow();
  });

  it('throws a 400 validation-failed AppError listing the problems', () => {
    let thrown: unknown;
    try {
      verify('{"a":1,"a":2}');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'validation-failed', status: 400 });
    expect((thrown as AppError).errors).toEqual([
      expect.objectContaining({ code: 'duplicate-key' }),
    ]);
  });

  it('refuses a charset it cannot decode rather than skip the checks', () => {
    expect(() => verify('{"a":1}', 'utf-32')).toThrow(
      expect.objectContaining({ code: 'unsupported-media-type' }),
    );
  });
});
