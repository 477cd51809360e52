import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CognitoSettings } from '../config/app-config';
import { createAccessTokenVerifier } from './access-token-verifier';

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
function jwt(
  payload: object,
  key: KeyObject,
  header: object = { alg: 'RS256', kid: 'k1' },
): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

describe('createAccessTokenVerifier (emulator mode)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let server: Server;
  let settings: CognitoSettings;
  let jwksRequests = 0;
  const now = (): number => Math.floor(Date.now() / 1000);
  const claims = (): Record<string, unknown> => ({
    sub: 'u1',
    iss: settings.issuer,
    token_use: 'access',
    client_id: 'c1',
    scope: 'aws.cognito.signin.user.admin',
    iat: now(),
    exp: now() + 300,
  });

  beforeAll(async () => {
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      jwksRequests += 1;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    settings = {
      mode: 'local',
      region: 'us-east-1',
      userPoolId: 'us-east-1_T',
      clientId: 'c1',
      clientIds: ['c1', 'c2'],
      endpoint,
      issuer: `${endpoint}/us-east-1_T`,
      jwksUri: `${endpoint}/us-east-1_T/.well-known/jwks.json`,
      timeoutMs: 1000,
    };
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('accepts a good access token and caches the JWKS', async () => {
    const verifier = createAccessTokenVerifier(settings);
    const before = jwksRequests;
    await expect(verifier.verify(jwt(claims(), privateKey))).resolves.toMatchObject({ sub: 'u1' });
    await verifier.verify(jwt(claims(), privateKey));
    expect(jwksRequests - before).toBe(1);
  });

  it.each([
    ['an ID token', { token_use: 'id' }],
    ['a client outside the allowlist', { client_id: 'c3' }],
    ['another issuer', { iss: 'http://127.0.0.1:1/us-east-1_T' }],
    ['an expired token', { exp: now() - 60 }],
  ])('rejects %s', async (_name, change) => {
    const verifier = createAccessTokenVerifier(settings);
    await expect(verifier.verify(jwt({ ...claims(), ...change }, privateKey))).rejects.toThrow();
  });

  it('tolerates a few seconds of clock skew', async () => {
    const verifier = createAccessTokenVerifier(settings);
    await expect(
      verifier.verify(jwt({ ...claims(), exp: now() - 2 }, privateKey)),
    ).resolves.toBeTruthy();
  });

  it('rejects alg:none and tokens signed by another key', async () => {
    const verifier = createAccessTokenVerifier(settings);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    await expect(verifier.verify(jwt(claims(), other))).rejects.toThrow();
    const none = `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims())}.`;
    await expect(verifier.verify(none)).rejects.toThrow();
  });

  it('fetches the JWKS only from the configured emulator origin', async () => {
    const verifier = createAccessTokenVerifier({
      ...settings,
      jwksUri: 'http://127.0.0.1:1/jwks.json',
    });
    await expect(verifier.hydrate()).rejects.toThrow();
  });

  it('uses CognitoJwtVerifier in aws mode, which refuses non-AWS issuers', async () => {
    const verifier = createAccessTokenVerifier({
      ...settings,
      mode: 'aws',
      endpoint: undefined,
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_T',
    });
    // A token from the emulator's issuer must never pass in aws mode.
    await expect(verifier.verify(jwt(claims(), privateKey))).rejects.toThrow();
  });
});
