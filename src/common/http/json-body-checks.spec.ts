import { AppError } from '../errors/app-error';
import { jsonBodyProblems, MAX_JSON_BODY_DEPTH, parseJsonBody } from './json-body-checks';

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

describe('parseJsonBody', () => {
  const parse = (text: string, contentType = 'application/json') =>
    parseJsonBody(Buffer.from(text, 'utf8'), contentType);

  it('parses a clean body, in UTF-8 whatever the charset spelling', () => {
    expect(parse('{"a":1}')).toEqual({ a: 1 });
    expect(parse('{"a":"é"}', 'application/json; charset=UTF-8')).toEqual({ a: 'é' });
  });

  it('throws a 400 validation-failed AppError listing the problems', () => {
    let thrown: unknown;
    try {
      parse('{"a":1,"a":2}');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'validation-failed', status: 400 });
    expect((thrown as AppError).errors).toEqual([
      expect.objectContaining({ code: 'duplicate-key' }),
    ]);
  });

  it('refuses reserved keys that JSON.parse would keep as own keys', () => {
    expect(() => parse('{"attributes":{"__proto__":"x","name":"A"}}')).toThrow(
      expect.objectContaining({
        code: 'validation-failed',
        errors: [expect.objectContaining({ code: 'invalid-attribute-name' })],
      }),
    );
  });

  it('refuses malformed JSON without quoting it', () => {
    expect(() => parse('{"secret":')).toThrow(
      expect.objectContaining({ code: 'bad-request', detail: 'The body is not valid JSON.' }),
    );
  });

  it('refuses a charset it cannot decode rather than skip the checks', () => {
    expect(() => parse('{"a":1}', 'application/json; charset=utf-32')).toThrow(
      expect.objectContaining({ code: 'unsupported-media-type' }),
    );
  });
});
