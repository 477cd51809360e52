import {
  AdminDeleteUserAttributesCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminUpdateUserAttributesCommand,
  AttributeType,
  CodeDeliveryDetailsType,
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  DeleteUserAttributesCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  ListUsersCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { quietAwsSdkNodeVersionWarning } from '../config/aws-sdk-node-support';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig, CognitoSettings, SelfServiceWrites } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import { SEEDED_REQUIRE_VERIFICATION_BEFORE_UPDATE } from '../local-cognito/seed';
import { Metrics } from '../metrics/metrics';
import { CognitoCircuitBreaker, guardCognitoClient } from './cognito-circuit-breaker';
import { CallerKind, mapCognitoError } from './cognito-error-mapper';
import {
  AdminUserRecord,
  Attributes,
  ClientMetadata,
  CodeDeliveryDetails,
  IdentityProvider,
  PoolDescription,
  SignUpInput,
  SignUpResult,
  UserRecord,
} from './identity-provider';

let nodeNoticeShown = false;

/**
 * Builds the SDK client: a timeout on every attempt, and the SDK's standard retry mode — at most
 * 3 attempts, exponential backoff with full jitter and a retry quota, retrying only throttling
 * errors, 5xx and network failures, never other 4xx (measured in test/hardening/sdk-resilience.e2e-spec.ts).
 */
export function createCognitoClient(settings: CognitoSettings): CognitoIdentityProviderClient {
  const nodeNotice = quietAwsSdkNodeVersionWarning();
  if (nodeNotice && !nodeNoticeShown) {
    // One plain line on stderr, instead of the SDK's eight (stdout stays the service's logs or
    // the policy check's report).
    nodeNoticeShown = true;
    process.stderr.write(`${nodeNotice}\n`);
  }
  return new CognitoIdentityProviderClient({
    region: settings.region,
    endpoint: settings.endpoint,
    maxAttempts: 3,
    retryMode: 'standard',
    requestHandler: {
      connectionTimeout: Math.min(1000, settings.timeoutMs),
      requestTimeout: settings.timeoutMs,
      // Without this the SDK only logs a warning when requestTimeout passes and keeps waiting.
      throwOnRequestTimeout: true,
    },
    // Emulators accept any credentials; real Cognito uses the default chain for admin calls.
    ...(settings.endpoint
      ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}

@Injectable()
export class CognitoIdentityProvider extends IdentityProvider implements OnModuleDestroy {
  private readonly client: CognitoIdentityProviderClient;
  private readonly settings: CognitoSettings;
  private readonly breaker: CognitoCircuitBreaker;
  private readonly selfServiceWrites: SelfServiceWrites;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Optional() metrics?: Metrics) {
    super();
    this.settings = config.cognito;
    this.selfServiceWrites = config.selfServiceWrites;
    this.client = createCognitoClient(this.settings);
    // Every command goes through one breaker with a deadline of COGNITO_TIMEOUT_MS (retries
    // included), so an outage fails fast with 503 + Retry-After and heals by itself.
    this.breaker = new CognitoCircuitBreaker(
      { timeoutMs: this.settings.timeoutMs, ...config.resilience.breaker },
      metrics,
    );
    guardCognitoClient(this.client, this.breaker, metrics);
  }

  onModuleDestroy(): void {
    this.breaker.shutdown();
    this.client.destroy();
  }

  async getUser(accessToken: string): Promise<UserRecord> {
    const out = await this.call('self', () =>
      this.client.send(new GetUserCommand({ AccessToken: accessToken })),
    );
    return { username: out.Username ?? '', attributes: toRecord(out.UserAttributes) };
  }

  async updateUserAttributes(
    accessToken: string,
    attributes: Attributes,
    clientMetadata?: ClientMetadata,
    confirmedUsername?: string,
  ): Promise<CodeDeliveryDetails[]> {
    if (this.selfServiceWrites === 'admin') {
      await this.updateAsCaller(accessToken, attributes, clientMetadata, confirmedUsername);
      // AdminUpdateUserAttributes reports no deliveries; results are read back from Cognito.
      return [];
    }
    const out = await this.call('self', () =>
      this.client.send(
        new UpdateUserAttributesCommand({
          AccessToken: accessToken,
          UserAttributes: toList(attributes),
          ClientMetadata: clientMetadata,
        }),
      ),
    );
    return (out.CodeDeliveryDetailsList ?? []).map(toDelivery);
  }

  async deleteUserAttributes(
    accessToken: string,
    names: string[],
    confirmedUsername?: string,
  ): Promise<void> {
    if (this.selfServiceWrites === 'admin') {
      return this.deleteAsCaller(accessToken, names, confirmedUsername);
    }
    await this.call('self', () =>
      this.client.send(
        new DeleteUserAttributesCommand({ AccessToken: accessToken, UserAttributeNames: names }),
      ),
    );
  }

  async sendAttributeVerificationCode(
    accessToken: string,
    name: string,
    clientMetadata?: ClientMetadata,
  ): Promise<CodeDeliveryDetails | undefined> {
    const out = await this.call('self', () =>
      this.client.send(
        new GetUserAttributeVerificationCodeCommand({
          AccessToken: accessToken,
          AttributeName: name,
          ClientMetadata: clientMetadata,
        }),
      ),
    );
    return out.CodeDeliveryDetails ? toDelivery(out.CodeDeliveryDetails) : undefined;
  }

  async verifyUserAttribute(accessToken: string, name: string, code: string): Promise<void> {
    await this.call('self', () =>
      this.client.send(
        new VerifyUserAttributeCommand({
          AccessToken: accessToken,
          AttributeName: name,
          Code: code,
        }),
      ),
    );
  }

  async adminGetUser(username: string): Promise<AdminUserRecord> {
    const out = await this.call('admin', () =>
      this.client.send(
        new AdminGetUserCommand({ UserPoolId: this.settings.userPoolId, Username: username }),
      ),
    );
    return {
      username: out.Username ?? username,
      attributes: toRecord(out.UserAttributes),
      enabled: out.Enabled ?? true,
      status: out.UserStatus,
    };
  }

  async adminUpdateUserAttributes(
    username: string,
    attributes: Attributes,
    clientMetadata?: ClientMetadata,
  ): Promise<void> {
    await this.adminUpdate('admin', username, attributes, clientMetadata);
  }

  async adminDeleteUserAttributes(username: string, names: string[]): Promise<void> {
    await this.adminDelete('admin', username, names);
  }

  async adminListGroupsForUser(username: string): Promise<string[]> {
    const groups: string[] = [];
    let nextToken: string | undefined;
    do {
      const out = await this.call('admin', () =>
        this.client.send(
          new AdminListGroupsForUserCommand({
            UserPoolId: this.settings.userPoolId,
            Username: username,
            NextToken: nextToken,
          }),
        ),
      );
      for (const group of out.Groups ?? []) if (group.GroupName) groups.push(group.GroupName);
      nextToken = out.NextToken;
    } while (nextToken);
    return groups;
  }

  async findUsername(
    attribute: 'sub' | 'email' | 'phone_number',
    value: string,
  ): Promise<string | undefined> {
    // The value is quoted in Cognito's filter syntax; quotes and backslashes would break out of it.
    if (/["\\]/.test(value)) return undefined;
    const out = await this.call('admin', () =>
      this.client.send(
        new ListUsersCommand({
          UserPoolId: this.settings.userPoolId,
          Filter: `${attribute} = "${value}"`,
          Limit: 2,
        }),
      ),
    );
    const users = out.Users ?? [];
    return users.length === 1 ? users[0].Username : undefined;
  }

  async signUp(input: SignUpInput): Promise<SignUpResult> {
    const out = await this.call('public', () =>
      this.client.send(
        new SignUpCommand({
          ClientId: this.settings.clientId,
          SecretHash: this.secretHash(input.username),
          Username: input.username,
          Password: input.password,
          UserAttributes: toList(input.attributes),
          ClientMetadata: input.clientMetadata,
        }),
      ),
    );
    return {
      userSub: out.UserSub ?? '',
      userConfirmed: out.UserConfirmed ?? false,
      codeDeliveryDetails: out.CodeDeliveryDetails
        ? toDelivery(out.CodeDeliveryDetails)
        : undefined,
    };
  }

  async confirmSignUp(
    username: string,
    code: string,
    clientMetadata?: ClientMetadata,
  ): Promise<void> {
    await this.call('public', () =>
      this.client.send(
        new ConfirmSignUpCommand({
          ClientId: this.settings.clientId,
          SecretHash: this.secretHash(username),
          Username: username,
          ConfirmationCode: code,
          ClientMetadata: clientMetadata,
        }),
      ),
    );
  }

  async resendSignUpCode(
    username: string,
    clientMetadata?: ClientMetadata,
  ): Promise<CodeDeliveryDetails | undefined> {
    const out = await this.call('public', () =>
      this.client.send(
        new ResendConfirmationCodeCommand({
          ClientId: this.settings.clientId,
          SecretHash: this.secretHash(username),
          Username: username,
          ClientMetadata: clientMetadata,
        }),
      ),
    );
    return out.CodeDeliveryDetails ? toDelivery(out.CodeDeliveryDetails) : undefined;
  }

  async describePool(): Promise<PoolDescription> {
    const { UserPool: pool } = await this.call('admin', () =>
      this.client.send(new DescribeUserPoolCommand({ UserPoolId: this.settings.userPoolId })),
    );
    const { UserPoolClient: client } = await this.call('admin', () =>
      this.client.send(
        new DescribeUserPoolClientCommand({
          UserPoolId: this.settings.userPoolId,
          ClientId: this.settings.clientId,
        }),
      ),
    );
    const password = pool?.Policies?.PasswordPolicy;
    return {
      schema: (pool?.SchemaAttributes ?? []).map((a) => ({
        name: a.Name ?? '',
        type: a.AttributeDataType,
        mutable: a.Mutable ?? true,
        required: a.Required ?? false,
        developerOnly: a.DeveloperOnlyAttribute ?? false,
        minLength: toNumber(a.StringAttributeConstraints?.MinLength),
        maxLength: toNumber(a.StringAttributeConstraints?.MaxLength),
      })),
      usernameAttributes: pool?.UsernameAttributes ?? [],
      autoVerifiedAttributes: pool?.AutoVerifiedAttributes ?? [],
      attributesRequireVerificationBeforeUpdate:
        pool?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ??
        this.unreportedRequireVerificationBeforeUpdate(),
      passwordPolicy: password && {
        minimumLength: password.MinimumLength,
        requireUppercase: password.RequireUppercase,
        requireLowercase: password.RequireLowercase,
        requireNumbers: password.RequireNumbers,
        requireSymbols: password.RequireSymbols,
      },
      client: client && {
        readAttributes: client.ReadAttributes,
        writeAttributes: client.WriteAttributes,
      },
      usernameCaseSensitive: pool?.UsernameConfiguration?.CaseSensitive ?? true,
    };
  }

  /**
   * What to report when DescribeUserPool leaves UserAttributeUpdateSettings out. Real Cognito
   * then has none. cognito-local always leaves it out while enforcing it: in local mode the pool
   * is the one the BFF seeded, so its list is known; behind an external emulator it is unknown.
   */
  private unreportedRequireVerificationBeforeUpdate(): string[] | undefined {
    if (this.settings.mode === 'aws') return [];
    if (this.settings.mode === 'local') return [...SEEDED_REQUIRE_VERIFICATION_BEFORE_UPDATE];
    return undefined;
  }

  async ping(): Promise<void> {
    await this.call('admin', () =>
      this.client.send(new DescribeUserPoolCommand({ UserPoolId: this.settings.userPoolId })),
    );
  }

  /*
   * SELF_SERVICE_WRITES=admin: the caller's own writes go out through the Admin API with the
   * service's credentials, so the app client the browser holds needs no WriteAttributes and the
   * browser cannot store, straight at Cognito, a value the BFF would refuse. Admin calls never
   * look at the token, so GetUser with it comes first: it proves Cognito still accepts the token
   * (not revoked, user not deleted) and names the user — unless the request has just made that
   * very call (`confirmedUsername`). Errors map as self-service ones (a user gone between the two
   * calls is 401, like any refused token).
   */

  private async updateAsCaller(
    accessToken: string,
    attributes: Attributes,
    clientMetadata: ClientMetadata | undefined,
    confirmedUsername: string | undefined,
  ): Promise<void> {
    refuseVerifiedFlags(Object.keys(attributes), 'attribute-not-writable');
    const username = confirmedUsername ?? (await this.getUser(accessToken)).username;
    // With the attribute in AttributesRequireVerificationBeforeUpdate, Cognito keeps the old
    // email/phone number and sends a code to the new one (AutoVerifiedAttributes); it would
    // skip that only if *_verified were sent too, which refuseVerifiedFlags rules out.
    await this.adminUpdate('self', username, attributes, clientMetadata);
  }

  private async deleteAsCaller(
    accessToken: string,
    names: string[],
    confirmedUsername: string | undefined,
  ): Promise<void> {
    refuseVerifiedFlags(names, 'attribute-not-deletable');
    const username = confirmedUsername ?? (await this.getUser(accessToken)).username;
    await this.adminDelete('self', username, names);
  }

  /** AdminUpdateUserAttributes; `caller` says how its errors map (an admin's, or the user's own). */
  private adminUpdate(
    caller: CallerKind,
    username: string,
    attributes: Attributes,
    clientMetadata: ClientMetadata | undefined,
  ) {
    return this.call(caller, () =>
      this.client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: this.settings.userPoolId,
          Username: username,
          UserAttributes: toList(attributes),
          ClientMetadata: clientMetadata,
        }),
      ),
    );
  }

  private adminDelete(caller: CallerKind, username: string, names: string[]) {
    return this.call(caller, () =>
      this.client.send(
        new AdminDeleteUserAttributesCommand({
          UserPoolId: this.settings.userPoolId,
          Username: username,
          UserAttributeNames: names,
        }),
      ),
    );
  }

  private async call<T>(caller: CallerKind, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw mapCognitoError(error, caller);
    }
  }

  /** SECRET_HASH = Base64(HMAC_SHA256(clientSecret, username + clientId)); the secret stays here. */
  private secretHash(username: string): string | undefined {
    const secret = this.settings.clientSecret;
    if (!secret) return undefined;
    return createHmac('sha256', secret)
      .update(username + this.settings.clientId)
      .digest('base64');
  }
}

/**
 * A self-service write sent with admin credentials must never carry `email_verified` /
 * `phone_number_verified`: AdminUpdateUserAttributes takes them as the admin's word and skips
 * the verification code. The policy already refuses them on /me; this is the last line.
 */
function refuseVerifiedFlags(
  names: readonly string[],
  code: 'attribute-not-writable' | 'attribute-not-deletable',
): void {
  const flags = names.filter((n) => n === 'email_verified' || n === 'phone_number_verified');
  if (flags.length === 0) return;
  throw new AppError(code, {
    detail: `You may not change: ${flags.join(', ')}.`,
    errors: flags.map((attribute) => ({
      attribute,
      code,
      message: 'set by Cognito once the code is confirmed',
    })),
  });
}

function toRecord(list: AttributeType[] | undefined): Attributes {
  const out: Attributes = Object.create(null) as Attributes;
  for (const { Name, Value } of list ?? []) if (Name !== undefined) out[Name] = Value ?? '';
  return out;
}

function toList(attributes: Attributes): AttributeType[] {
  return Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
}

/**
 * Only what Cognito said: a field it leaves out stays out (cognito-local answers
 * GetUserAttributeVerificationCode with `{}`), so callers can fill in what they know.
 */
function toDelivery(d: CodeDeliveryDetailsType): CodeDeliveryDetails {
  const details: CodeDeliveryDetails = {};
  if (d.AttributeName !== undefined) details.attributeName = d.AttributeName;
  if (d.DeliveryMedium === 'SMS' || d.DeliveryMedium === 'EMAIL') {
    details.deliveryMedium = d.DeliveryMedium;
  }
  if (d.Destination !== undefined) details.destination = d.Destination;
  return details;
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}
