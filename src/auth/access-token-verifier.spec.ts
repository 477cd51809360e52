import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureError,
  JwtParseError,
  ParameterValidationError,
} from 'aws-jwt-verify/error';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CognitoSettings } from '../config/app-config';
import { AccessTokenVerifier, createAccessTokenVerifier } from './access-token-verifier';
import { TokenLifetimeError, TokenLifetimeReason } from './token-lifetime';

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
function jwt(
  payload: object,
  key: KeyObject,
  header: object = { alg: 'RS256', kid: 'k1' },
): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const jwks = {
  keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }],
} as Jwks;
const now = (): number => Math.floor(Date.now() / 1000);
const HOUR = 3600;

type Change = Record<string, unknown> | ((t: number) => Record<string, unknown>);

/**
 * A token that differs from a good access token only in `change` (undefined removes a claim); a
 * function gets the current time, so tables can name times that are still right when a test runs.
 */
function tokenFor(issuer: string, change: Change = {}): string {
  const changed = typeof change === 'function' ? change(now()) : change;
  const claims: Record<string, unknown> = {
    sub: 'u1',
    iss: issuer,
    token_use: 'access',
    client_id: 'c1',
    scope: 'aws.cognito.signin.user.admin',
    iat: now(),
    exp: now() + 300,
    ...changed,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return jwt(claims, privateKey);
}

/** An ID token as Cognito issues it: `aud` is the client id, there is no `client_id`. */
const idTokenChange = { token_use: 'id', aud: 'c1', client_id: undefined };

type Refusal = [string, Change, new (...args: never[]) => Error, string];

/** Each case breaks one claim, and names the check that must refuse it. */
const refusals: Refusal[] = [
  ['an ID token with a correct aud', idTokenChange, CognitoJwtInvalidTokenUseError, ''],
  ['a client outside the allowlist', { client_id: 'c3' }, CognitoJwtInvalidClientIdError, ''],
  ['an expired token', (t) => ({ iat: t - HOUR, exp: t - 60 }), JwtExpiredError, ''],
  ['a token without exp', { exp: undefined }, TokenLifetimeError, 'exp-missing'],
  ['a token without iat', { iat: undefined }, TokenLifetimeError, 'iat-missing'],
  [
    'a token issued in the future',
    (t) => ({ iat: t + 60, exp: t + 600 }),
    TokenLifetimeError,
    'iat-in-future',
  ],
  [
    'a token living longer than 24 h',
    (t) => ({ iat: t, exp: t + 24 * HOUR + 1 }),
    TokenLifetimeError,
    'too-long-lived',
  ],
];

async function expectRefused(
  verifier: AccessTokenVerifier,
  token: string,
  errorClass: new (...args: never[]) => Error,
  reason?: string,
): Promise<void> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(errorClass);
  if (reason)
    expect((error as TokenLifetimeError).reason satisfies TokenLifetimeReason).toBe(reason);
}

/** What every mode must accept: the clock tolerance and Cognito's longest lifetime. */
function acceptanceCases(verifier: () => AccessTokenVerifier, issuer: () => string) {
  it.each<[string, Change]>([
    ['a good access token', {}],
    ['a token a few seconds past exp', (t) => ({ exp: t - 2 })],
    ['iat a few seconds ahead (clock skew)', (t) => ({ iat: t + 3 })],
    ['a token living exactly 24 h', (t) => ({ iat: t, exp: t + 24 * HOUR })],
  ])('accepts %s', async (_name, change) => {
    await expect(verifier().verify(tokenFor(issuer(), change))).resolves.toMatchObject({
      sub: 'u1',
    });
  });
}

describe('createAccessTokenVerifier (emulator mode)', () => {
  let server: Server;
  let settings: CognitoSettings;
  let jwksRequests = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      jwksRequests += 1;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(jwks));
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
    await expect(verifier.verify(tokenFor(settings.issuer))).resolves.toMatchObject({ sub: 'u1' });
    await verifier.verify(tokenFor(settings.issuer));
    expect(jwksRequests - before).toBe(1);
  });

  acceptanceCases(
    () => createAccessTokenVerifier(settings),
    () => settings.issuer,
  );

  it.each(refusals)('refuses %s', async (_name, change, errorClass, reason) => {
    const verifier = createAccessTokenVerifier(settings);
    await expectRefused(verifier, tokenFor(settings.issuer, change), errorClass, reason);
  });

  it('refuses another issuer', async () => {
    const verifier = createAccessTokenVerifier(settings);
    const token = tokenFor(settings.issuer, { iss: 'http://127.0.0.1:1/us-east-1_T' });
    await expectRefused(verifier, token, JwtInvalidIssuerError);
  });

  it('refuses alg:none and tokens signed by another key', async () => {
    const verifier = createAccessTokenVerifier(settings);
    const claims = JSON.parse(
      Buffer.from(tokenFor(settings.issuer).split('.')[1], 'base64url').toString(),
    ) as object;
    await expectRefused(verifier, jwt(claims, strangerKey), JwtInvalidSignatureError);
    const none = `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims)}.`;
    await expectRefused(verifier, none, JwtParseError);
  });

  it('fetches the JWKS only from the configured emulator origin', async () => {
    const verifier = createAccessTokenVerifier({
      ...settings,
      jwksUri: 'http://127.0.0.1:1/jwks.json',
    });
    await expect(verifier.hydrate()).rejects.toThrow();
  });
});

/**
 * aws mode is CognitoJwtVerifier itself, with an AWS-shaped issuer. Nothing is fetched: the JWKS
 * is pre-loaded (`cacheJwks`), so every check below runs exactly as it would against real Cognito.
 */
describe('createAccessTokenVerifier (aws mode)', () => {
  const userPoolId = 'us-east-1_xxx';
  const issuer = `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;
  const settings: CognitoSettings = {
    mode: 'aws',
    region: 'us-east-1',
    userPoolId,
    clientId: 'c1',
    clientIds: ['c1', 'c2'],
    issuer,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    timeoutMs: 1000,
  };
  const awsVerifier = (): AccessTokenVerifier => {
    const verifier = createAccessTokenVerifier(settings);
    verifier.cacheJwks(jwks);
    return verifier;
  };

  acceptanceCases(awsVerifier, () => issuer);

  it.each(refusals)('refuses %s', async (_name, change, errorClass, reason) => {
    await expectRefused(awsVerifier(), tokenFor(issuer, change), errorClass, reason);
  });

  it("refuses the emulator's issuer, and another pool's", async () => {
    // An emulator's signing key ships in its npm package: its tokens must never pass in aws mode.
    for (const iss of [
      'http://127.0.0.1:9339/us-east-1_xxx',
      'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_other',
    ]) {
      await expectRefused(awsVerifier(), tokenFor(issuer, { iss }), ParameterValidationError);
    }
  });

  it('refuses a token signed by another key', async () => {
    const claims = JSON.parse(
      Buffer.from(tokenFor(issuer).split('.')[1], 'base64url').toString(),
    ) as object;
    await expectRefused(awsVerifier(), jwt(claims, strangerKey), JwtInvalidSignatureError);
  });
});
