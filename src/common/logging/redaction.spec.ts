import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS } from './redaction';

/** The redaction paths are a safety net for objects that reach a log by mistake: prove they bite. */
describe('log redaction', () => {
  const logOnce = (obj: Record<string, unknown>): string => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink).info(obj, 'x');
    return out;
  };

  it.each([
    [
      'an Authorization header',
      { req: { headers: { authorization: 'Bearer eyJhbGciOi.secret.sig' } } },
    ],
    ['a cookie', { req: { headers: { cookie: 'session=secret-cookie' } } }],
    ['a bare token', { accessToken: 'secret-access-token', idToken: 'secret-id-token' }],
    ['a verification code', { code: '918273' }],
    ['a password', { password: 'secret-password' }],
    ['attribute values', { attributes: { name: 'Secret Name', email: 'secret@example.com' } }],
    ['a request body', { body: { attributes: { name: 'Secret Name' } } }],
    ['a nested password', { input: { password: 'secret-password' } }],
    ['nested attributes', { input: { attributes: { phone_number: '+15550100987' } } }],
    ['nested codes', { input: { code: '918273' } }],
  ])('removes %s', (_what, obj) => {
    const line = logOnce(obj);
    expect(line).toContain('[redacted]');
    expect(line).not.toMatch(/secret|918273|\+1555|Secret/);
  });
});
