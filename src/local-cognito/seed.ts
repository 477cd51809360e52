/**
 * The deterministic pool, app client, users and group that local mode runs against.
 *
 * These are written straight into cognito-local's data files (no SDK calls) in exactly the shape
 * cognito-local 5.3.0 itself writes from CreateUserPool, CreateUserPoolClient, AdminCreateUser,
 * CreateGroup and AdminAddUserToGroup, so the emulator loads them as if it had created them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCAL_REGION = 'us-east-1';
/** Real-looking `<region>_<id>`: cognito-local takes a pool's id from its file name, so no dots. */
export const LOCAL_USER_POOL_ID = 'us-east-1_ProfileBff';
/** 26 lowercase alphanumerics, like a real Cognito app client id. */
export const LOCAL_CLIENT_ID = 'profilebfflocalappclient01';
export const LOCAL_ADMIN_GROUP = 'admin';

export interface SeedUser {
  key: 'demo' | 'admin';
  email: string;
  password: string;
  sub: string;
  attributes: Record<string, string>;
  groups: string[];
}

export const SEED_USERS: readonly SeedUser[] = [
  {
    key: 'demo',
    email: 'demo@example.com',
    password: 'Demo-Passw0rd!',
    sub: '11111111-1111-4111-8111-111111111111',
    attributes: { name: 'Demo User', 'custom:display_name': 'demo', 'custom:role': 'user' },
    groups: [],
  },
  {
    key: 'admin',
    email: 'admin@example.com',
    password: 'Admin-Passw0rd!',
    sub: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    attributes: { name: 'Admin User', 'custom:role': 'admin' },
    groups: [LOCAL_ADMIN_GROUP],
  },
];

export interface SchemaAttribute {
  Name: string;
  AttributeDataType: 'String' | 'Number' | 'Boolean' | 'DateTime';
  DeveloperOnlyAttribute: boolean;
  Mutable: boolean;
  Required: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

const text = (Name: string, MinLength = '0', MaxLength = '2048'): SchemaAttribute => ({
  Name,
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: { MinLength, MaxLength },
});

const flag = (Name: string): SchemaAttribute => ({
  Name,
  AttributeDataType: 'Boolean',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
});

/**
 * Same list and order as cognito-local's USER_POOL_AWS_DEFAULTS.SchemaAttributes (checked by the
 * spec). Real pools also list `identities`; cognito-local's defaults do not, so neither do we.
 */
export const STANDARD_SCHEMA_ATTRIBUTES: readonly SchemaAttribute[] = [
  { ...text('sub', '1'), Mutable: false, Required: true },
  text('name'),
  text('given_name'),
  text('family_name'),
  text('middle_name'),
  text('nickname'),
  text('preferred_username'),
  text('profile'),
  text('picture'),
  text('website'),
  text('email'),
  flag('email_verified'),
  text('gender'),
  text('birthdate', '10', '10'),
  text('zoneinfo'),
  text('locale'),
  text('phone_number'),
  flag('phone_number_verified'),
  text('address'),
  {
    Name: 'updated_at',
    AttributeDataType: 'Number',
    DeveloperOnlyAttribute: false,
    Mutable: true,
    Required: false,
    NumberAttributeConstraints: { MinValue: '0' },
  },
];

/** Named `custom:...` as DescribeUserPool returns them (CreateUserPool takes them without it). */
export const CUSTOM_SCHEMA_ATTRIBUTES: readonly SchemaAttribute[] = [
  text('custom:display_name', '1', '64'),
  text('custom:role', '1', '32'),
];

const standardNames = STANDARD_SCHEMA_ATTRIBUTES.map((a) => a.Name).filter((n) => n !== 'sub');
const VERIFIED_FLAGS = ['email_verified', 'phone_number_verified'];

/** Cognito lists app-client attributes sorted; `sub` is always readable and never listed. */
export const CLIENT_READ_ATTRIBUTES = [...standardNames, 'custom:display_name'].sort();
/** Everything users may change per the default policy: not the verified flags, not updated_at. */
export const CLIENT_WRITE_ATTRIBUTES = CLIENT_READ_ATTRIBUTES.filter(
  (n) => !VERIFIED_FLAGS.includes(n) && n !== 'updated_at',
);

type Json = Record<string, unknown>;

/**
 * The seeded pool's UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate.
 * cognito-local enforces the setting but leaves it out of DescribeUserPool, so the Cognito adapter
 * reports this list in local mode instead.
 */
export const SEEDED_REQUIRE_VERIFICATION_BEFORE_UPDATE: readonly string[] = ['email'];

export function buildUserPoolOptions(now: string): Json {
  return {
    // The AWS defaults cognito-local merges under every pool it creates.
    Policies: {
      PasswordPolicy: {
        MinimumLength: 8,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        TemporaryPasswordValidityDays: 7,
      },
    },
    LambdaConfig: {},
    SchemaAttributes: [...STANDARD_SCHEMA_ATTRIBUTES, ...CUSTOM_SCHEMA_ATTRIBUTES],
    VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
    MfaConfiguration: 'OFF',
    EstimatedNumberOfUsers: 0,
    EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 },
    // What CreateUserPool would add for this request.
    UsernameAttributes: ['email'],
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    Arn: `arn:aws:cognito-idp:${LOCAL_REGION}:000000000000:userpool/${LOCAL_USER_POOL_ID}`,
    AutoVerifiedAttributes: ['email'],
    CreationDate: now,
    Id: LOCAL_USER_POOL_ID,
    LastModifiedDate: now,
    Name: 'profile-bff-local',
    UserAttributeUpdateSettings: {
      AttributesRequireVerificationBeforeUpdate: [...SEEDED_REQUIRE_VERIFICATION_BEFORE_UPDATE],
    },
    UsernameConfiguration: { CaseSensitive: false },
  };
}

export function buildAppClient(now: string): Json {
  return {
    // cognito-local defaults to 24 h tokens; these are real Cognito's defaults.
    AccessTokenValidity: 60,
    IdTokenValidity: 60,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    AllowedOAuthFlowsUserPoolClient: false,
    ClientId: LOCAL_CLIENT_ID,
    ClientName: 'profile-bff-local',
    CreationDate: now,
    EnableTokenRevocation: true,
    ExplicitAuthFlows: [
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ],
    LastModifiedDate: now,
    PreventUserExistenceErrors: 'ENABLED',
    ReadAttributes: CLIENT_READ_ATTRIBUTES,
    SupportedIdentityProviders: ['COGNITO'],
    UserPoolId: LOCAL_USER_POOL_ID,
    WriteAttributes: CLIENT_WRITE_ATTRIBUTES,
  };
}

function buildUser(user: SeedUser, now: string): Json {
  const attributes: Record<string, string> = {
    sub: user.sub,
    email: user.email,
    email_verified: 'true',
    ...user.attributes,
  };
  return {
    // With UsernameAttributes ['email'], AdminCreateUser stores the user under its sub.
    Username: user.sub,
    // cognito-local stores and compares passwords in plain text.
    Password: user.password,
    Attributes: Object.entries(attributes)
      .map(([Name, Value]) => ({ Name, Value }))
      .sort((a, b) => a.Name.localeCompare(b.Name)),
    Enabled: true,
    UserStatus: 'CONFIRMED',
    UserCreateDate: now,
    UserLastModifiedDate: now,
    RefreshTokens: [],
  };
}

/** Group membership lives on the group as a `members` list of Usernames (here: subs). */
function buildAdminGroup(now: string): Json {
  return {
    CreationDate: now,
    Description: 'profile-bff administrators',
    GroupName: LOCAL_ADMIN_GROUP,
    LastModifiedDate: now,
    Precedence: 0,
    members: SEED_USERS.filter((u) => u.groups.includes(LOCAL_ADMIN_GROUP)).map((u) => u.sub),
  };
}

export function buildUserPoolFile(now: string): Json {
  return {
    Users: Object.fromEntries(SEED_USERS.map((u) => [u.sub, buildUser(u, now)])),
    Options: buildUserPoolOptions(now),
    Groups: { [LOCAL_ADMIN_GROUP]: buildAdminGroup(now) },
  };
}

/**
 * cognito-local merges `.cognito/config.json` over defaults it computes from PORT/HOST, so the
 * file wins: it must carry the current port, or the emulator would listen (and sign tokens) on
 * the port of an earlier run.
 */
export function buildEmulatorConfig(host: string, port: number): Json {
  return {
    ServerConfig: { hostname: host, port },
    TokenConfig: { IssuerDomain: `http://${host}:${port}` },
  };
}

export interface EmulatorPaths {
  configDir: string;
  dbDir: string;
  configFile: string;
  clientsFile: string;
  poolFile: string;
}

/** cognito-local resolves `.cognito/` against its working directory, which is the data dir. */
export function emulatorPaths(dataDir: string): EmulatorPaths {
  const configDir = join(dataDir, '.cognito');
  const dbDir = join(configDir, 'db');
  return {
    configDir,
    dbDir,
    configFile: join(configDir, 'config.json'),
    clientsFile: join(dbDir, 'clients.json'),
    poolFile: join(dbDir, `${LOCAL_USER_POOL_ID}.json`),
  };
}

/** Write-then-rename, so a reader (or a crash) never sees half a file. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  await rename(tmp, file);
}

async function readClients(file: string): Promise<Record<string, unknown>> {
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { Clients?: Record<string, unknown> };
  return parsed.Clients ?? {};
}

/** Adds our app client unless it is there, keeping any client created at runtime. */
async function seedClient(paths: EmulatorPaths, now: string): Promise<boolean> {
  const clients = await readClients(paths.clientsFile);
  if (clients[LOCAL_CLIENT_ID]) return false;
  await writeJsonFile(paths.clientsFile, {
    Clients: { ...clients, [LOCAL_CLIENT_ID]: buildAppClient(now) },
  });
  return true;
}

/**
 * Writes the pool (with users and group) and the app client when they are missing. Existing
 * files are left alone so users' changes survive restarts. Returns whether anything was written.
 */
export async function seedDataFiles(dataDir: string, now = new Date()): Promise<boolean> {
  const paths = emulatorPaths(dataDir);
  const iso = now.toISOString();
  await mkdir(paths.dbDir, { recursive: true });
  const clientWritten = await seedClient(paths, iso);
  if (existsSync(paths.poolFile)) return clientWritten;
  await writeJsonFile(paths.poolFile, buildUserPoolFile(iso));
  return true;
}

export async function writeEmulatorConfig(dataDir: string, host: string, port: number) {
  const paths = emulatorPaths(dataDir);
  await mkdir(paths.configDir, { recursive: true });
  await writeJsonFile(paths.configFile, buildEmulatorConfig(host, port));
}
