/**
 * Paths pino removes from every log line: credentials, verification codes, passwords and any
 * attribute values that reach a log object by mistake.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'accessToken',
  'idToken',
  'refreshToken',
  'token',
  'code',
  'password',
  'attributes',
  'body',
  '*.accessToken',
  '*.password',
  '*.code',
  '*.attributes',
  'err.config',
  'err.$response',
];
