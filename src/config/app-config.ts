import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import * as path from 'node:path';
import { ConfigError } from './config-error';
import { splitList, toInt } from './env-values';
import { buildHttpServerTimeouts, HttpServerTimeouts } from './http-server-config';
import { buildOperationsConfig, OperationsConfig, OperationsVariables } from './operations-config';

export type CognitoMode = 'local' | 'emulator' | 'aws';

/** The raw environment, validated once at start-up. Every setting the service reads is here. */
export class EnvironmentVariables extends OperationsVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @Transform(({ value }) => toInt(value)) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() LOG_LEVEL?: string;
  /** `json` (one JSON object per line) or `pretty` (human-readable, needs the dev dependencies). */
  @IsOptional() @IsIn(['json', 'pretty']) LOG_FORMAT?: string;

  @IsOptional()
  @Matches(/^[\w-]+_[0-9a-zA-Z]+$/, { message: 'COGNITO_USER_POOL_ID looks like us-east-1_AbC123' })
  COGNITO_USER_POOL_ID?: string;
  @IsOptional() @IsString() COGNITO_CLIENT_ID?: string;
  /** Comma-separated app-client ids whose access tokens are accepted (defaults to COGNITO_CLIENT_ID). */
  @IsOptional() @IsString() COGNITO_CLIENT_IDS?: string;
  @IsOptional() @IsString() COGNITO_CLIENT_SECRET?: string;
  @IsOptional() @IsString() AWS_REGION?: string;
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  COGNITO_ENDPOINT?: string;
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  COGNITO_ISSUER?: string;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(100)
  @Max(60000)
  COGNITO_TIMEOUT_MS?: number;

  @IsOptional() @IsString() ATTRIBUTE_POLICY_FILE?: string;
  /** How recent a sign-in must be to change `stepUp` attributes (email, phone); 0 = no rule. */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(0)
  @Max(2_592_000)
  STEP_UP_MAX_AGE_SECONDS?: number;
  @IsOptional() @IsString() LOCAL_DATA_DIR?: string;
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  LOCAL_COGNITO_PORT?: number;
  @IsOptional() @Matches(/^\d{6}$/) LOCAL_VERIFICATION_CODE?: string;

  /** Who sends self-service writes upstream: the caller's token, or the BFF's Admin API credentials. */
  @IsOptional() @IsIn(['token', 'admin']) SELF_SERVICE_WRITES?: string;

  /** How long a user's attributes are cached; 0 disables the cache. */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  ATTRIBUTES_CACHE_TTL_MS?: number;
  /** In-memory cache bound (users); the least recently read are evicted first. */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  ATTRIBUTES_CACHE_MAX_ENTRIES?: number;

  /**
   * How long a token's confirmation with Cognito (GetUser; for admins also AdminGetUser and
   * AdminListGroupsForUser) is reused: a revoked token, a disabled or deleted user, or an admin
   * removed from the group is refused at most this long after the change. 0 confirms every request.
   */
  @IsOptional()
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(0)
  @Max(30_000)
  TOKEN_REVOCATION_WINDOW_MS?: number;
}

export interface CognitoSettings {
  mode: CognitoMode;
  region: string;
  userPoolId: string;
  /** The client the BFF itself uses for sign-up; the first of clientIds. */
  clientId: string;
  clientIds: string[];
  clientSecret?: string;
  /** Set for the emulator modes; undefined means the real AWS endpoint. */
  endpoint?: string;
  issuer: string;
  jwksUri: string;
  timeoutMs: number;
}

/** The service's typed configuration. Built once from the environment; nothing else reads process.env. */
export interface AppConfig extends OperationsConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  /** Request, headers and keep-alive timeouts of the HTTP server (slowloris, load balancers). */
  httpServer: HttpServerTimeouts;
  logLevel: string;
  /** Default: pretty in development, JSON otherwise. */
  logFormat: 'json' | 'pretty';
  policyFile: string;
  /** Recent sign-in needed for `stepUp` attributes (maxAgeSeconds 0 = not required). */
  stepUp: { maxAgeSeconds: number };
  cognito: CognitoSettings;
  local: { dataDir: string; port: number; verificationCode: string };
  /** Cache of each user's raw attributes (ttlMs 0 = disabled). */
  attributesCache: { ttlMs: number; maxEntries: number };
  /** Re-confirmation of callers with Cognito (revocation window, ms). */
  auth: { revocationWindowMs: number };
  /**
   * `token`: PATCH/DELETE /me call UpdateUserAttributes / DeleteUserAttributes with the caller's
   * token. `admin`: GetUser with the token, then the Admin* call for that username, so the app
   * client the browser holds needs no WriteAttributes.
   */
  selfServiceWrites: SelfServiceWrites;
}

export type SelfServiceWrites = 'token' | 'admin';

/** What local mode learns from the embedded emulator once it runs. */
export interface LocalCognitoEndpoint {
  endpoint: string;
  region: string;
  userPoolId: string;
  clientId: string;
}

export { ConfigError };

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { excludeExtraneousValues: false });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  - ${m}`));
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}

export function cognitoModeOf(env: EnvironmentVariables): CognitoMode {
  if (env.COGNITO_ENDPOINT) return 'emulator';
  if (env.COGNITO_USER_POOL_ID) return 'aws';
  return 'local';
}

/**
 * Builds the typed config. In local mode the emulator's endpoint, pool and client are only known
 * once it runs, so they are passed in as `local`.
 */
export function buildAppConfig(env: EnvironmentVariables, local?: LocalCognitoEndpoint): AppConfig {
  const mode = cognitoModeOf(env);
  return {
    env: (env.NODE_ENV as AppConfig['env']) ?? 'development',
    http: { host: env.HOST ?? '127.0.0.1', port: env.PORT ?? 3000 },
    httpServer: buildHttpServerTimeouts(env),
    logLevel: env.LOG_LEVEL ?? 'info',
    logFormat: logFormatOf(env),
    policyFile: path.resolve(
      PROJECT_ROOT,
      env.ATTRIBUTE_POLICY_FILE ?? 'config/attribute-policy.json',
    ),
    stepUp: { maxAgeSeconds: env.STEP_UP_MAX_AGE_SECONDS ?? 900 },
    cognito: cognitoSettings(env, mode, local),
    local: localEmulatorSettings(env),
    ...buildOperationsConfig(env, PROJECT_ROOT),
    attributesCache: {
      ttlMs: env.ATTRIBUTES_CACHE_TTL_MS ?? 30_000,
      maxEntries: env.ATTRIBUTES_CACHE_MAX_ENTRIES ?? 10_000,
    },
    auth: { revocationWindowMs: env.TOKEN_REVOCATION_WINDOW_MS ?? 5_000 },
    selfServiceWrites: (env.SELF_SERVICE_WRITES as SelfServiceWrites | undefined) ?? 'token',
  };
}

function logFormatOf(env: EnvironmentVariables): AppConfig['logFormat'] {
  if (env.LOG_FORMAT) return env.LOG_FORMAT as AppConfig['logFormat'];
  return (env.NODE_ENV ?? 'development') === 'development' ? 'pretty' : 'json';
}

/** Where and how the embedded emulator runs in local mode. */
export function localEmulatorSettings(env: EnvironmentVariables): AppConfig['local'] {
  return {
    dataDir: path.resolve(PROJECT_ROOT, env.LOCAL_DATA_DIR ?? '.local'),
    port: env.LOCAL_COGNITO_PORT ?? 9339,
    verificationCode: env.LOCAL_VERIFICATION_CODE ?? '123456',
  };
}

function cognitoSettings(
  env: EnvironmentVariables,
  mode: CognitoMode,
  local?: LocalCognitoEndpoint,
): CognitoSettings {
  const timeoutMs = env.COGNITO_TIMEOUT_MS ?? 3000;
  if (mode === 'local') {
    if (!local)
      throw new ConfigError('Local mode needs the embedded emulator to be started first.');
    return emulatorSettings('local', { ...local, clientIds: [local.clientId], timeoutMs });
  }
  const userPoolId = required(env, 'COGNITO_USER_POOL_ID', mode);
  const clientIds = splitList(env.COGNITO_CLIENT_IDS ?? required(env, 'COGNITO_CLIENT_ID', mode));
  const clientId = env.COGNITO_CLIENT_ID ?? clientIds[0];
  if (clientIds.length === 0) throw new ConfigError('COGNITO_CLIENT_IDS is empty.');
  const region = env.AWS_REGION ?? userPoolId.split('_')[0];
  const common = {
    region,
    userPoolId,
    clientId,
    clientIds,
    clientSecret: env.COGNITO_CLIENT_SECRET,
    timeoutMs,
  };
  if (mode === 'emulator') {
    return emulatorSettings('emulator', {
      ...common,
      endpoint: env.COGNITO_ENDPOINT!,
      issuer: env.COGNITO_ISSUER,
    });
  }
  if (env.COGNITO_ISSUER) {
    // An emulator's signing key ships inside its npm package: accepting its issuer in aws mode
    // would let anyone mint tokens.
    throw new ConfigError('COGNITO_ISSUER is only for emulator mode; aws mode derives the issuer.');
  }
  const issuer = `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
  return { ...common, mode, issuer, jwksUri: `${issuer}/.well-known/jwks.json` };
}

function emulatorSettings(
  mode: CognitoMode,
  s: Omit<CognitoSettings, 'mode' | 'issuer' | 'jwksUri'> & { endpoint: string; issuer?: string },
): CognitoSettings {
  const endpoint = s.endpoint.replace(/\/+$/, '');
  const issuer = (s.issuer ?? `${endpoint}/${s.userPoolId}`).replace(/\/+$/, '');
  // The JWKS is fetched from the endpoint we can reach, even when the issuer names another host
  // (docker-compose: tokens say http://localhost:9229, the BFF reaches http://cognito-local:9229).
  const jwksUri = `${endpoint}/${s.userPoolId}/.well-known/jwks.json`;
  return { ...s, mode, endpoint, issuer, jwksUri };
}

function required(
  env: EnvironmentVariables,
  key: keyof EnvironmentVariables,
  mode: CognitoMode,
): string {
  const value = env[key];
  if (typeof value !== 'string' || value === '') {
    throw new ConfigError(`${key} is required in ${mode} mode.`);
  }
  return value;
}

/** Reads and validates the process environment: the one place that does. */
export function loadEnvironment(): EnvironmentVariables {
  return validateEnvironment(process.env);
}
