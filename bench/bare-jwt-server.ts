/**
 * The bench's yardstick: a bare Node http server that only verifies the access token — with the
 * service's own verifier factory, so aws-jwt-verify runs with exactly the same settings — and
 * returns a fixed body. Run as a child process by bench.ts; settings come from the environment.
 */
import { createServer } from 'node:http';
import { createAccessTokenVerifier } from '../src/auth/access-token-verifier';
import type { CognitoSettings } from '../src/config/app-config';

const settings = JSON.parse(process.env.BENCH_COGNITO_SETTINGS ?? '{}') as CognitoSettings;
const port = Number(process.env.PORT);
const verifier = createAccessTokenVerifier(settings);
const BEARER = /^Bearer (.+)$/;
const BODY = JSON.stringify({
  attributes: {
    sub: '00000000-0000-4000-8000-000000000000',
    email: 'bench-0@example.com',
    email_verified: 'true',
    name: 'Bench User 0',
    given_name: 'Bench',
    family_name: 'User 0',
    locale: 'en-GB',
    zoneinfo: 'Europe/London',
    'custom:display_name': 'bench0',
  },
});

const server = createServer((req, res) => {
  if (req.url === '/health/live') {
    res.end('{"status":"ok"}');
    return;
  }
  const token = BEARER.exec(req.headers.authorization ?? '')?.[1] ?? '';
  verifier.verify(token).then(
    () => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(BODY);
    },
    () => {
      res.writeHead(401, { 'Content-Type': 'application/problem+json' });
      res.end('{"status":401}');
    },
  );
});

verifier.hydrate().then(
  () => server.listen(port, '127.0.0.1'),
  (error: Error) => {
    process.stderr.write(`bare server: JWKS not loadable: ${error.message}\n`);
    process.exit(1);
  },
);
