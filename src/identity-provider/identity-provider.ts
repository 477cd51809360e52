/** Attribute name → value, exactly as Cognito stores them (all strings). */
export type Attributes = Record<string, string>;
export type ClientMetadata = Record<string, string>;

/** Where a code went, as far as the provider says: a field it does not give is left out. */
export interface CodeDeliveryDetails {
  attributeName?: string;
  deliveryMedium?: 'EMAIL' | 'SMS';
  /** Masked by Cognito (e.g. d***@e***). */
  destination?: string;
}

export interface UserRecord {
  username: string;
  attributes: Attributes;
}

export interface AdminUserRecord extends UserRecord {
  enabled: boolean;
  status?: string;
}

export interface SignUpInput {
  username: string;
  password: string;
  attributes: Attributes;
  clientMetadata?: ClientMetadata;
}

export interface SignUpResult {
  userSub: string;
  userConfirmed: boolean;
  codeDeliveryDetails?: CodeDeliveryDetails;
}

export interface PoolSchemaAttribute {
  name: string;
  type?: string;
  mutable: boolean;
  required: boolean;
  developerOnly: boolean;
  minLength?: number;
  maxLength?: number;
}

export interface PoolDescription {
  schema: PoolSchemaAttribute[];
  usernameAttributes: string[];
  autoVerifiedAttributes: string[];
  /**
   * UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate; undefined when the
   * provider does not say (an external emulator: cognito-local leaves the setting out).
   */
  attributesRequireVerificationBeforeUpdate?: string[];
  passwordPolicy?: {
    minimumLength?: number;
    requireUppercase?: boolean;
    requireLowercase?: boolean;
    requireNumbers?: boolean;
    requireSymbols?: boolean;
  };
  client?: { readAttributes?: string[]; writeAttributes?: string[] };
  /**
   * UsernameConfiguration.CaseSensitive; pools that do not say are case-sensitive (Cognito's
   * default when the setting is absent).
   */
  usernameCaseSensitive?: boolean;
}

/**
 * The one port to the identity provider. Self-service calls take the caller's own access token,
 * so the provider also checks it (revoked tokens fail upstream); admin calls use the service's
 * credentials. Implementations throw only AppError.
 */
export abstract class IdentityProvider {
  abstract getUser(accessToken: string): Promise<UserRecord>;
  /**
   * `confirmedUsername`: the username that GetUser with this same token answered a moment ago, in
   * the same request. Writes sent through the Admin API (SELF_SERVICE_WRITES=admin) then skip
   * their own GetUser, which would only prove again that Cognito accepts the token.
   */
  abstract updateUserAttributes(
    accessToken: string,
    attributes: Attributes,
    clientMetadata?: ClientMetadata,
    confirmedUsername?: string,
  ): Promise<CodeDeliveryDetails[]>;
  abstract deleteUserAttributes(
    accessToken: string,
    names: string[],
    confirmedUsername?: string,
  ): Promise<void>;
  abstract sendAttributeVerificationCode(
    accessToken: string,
    name: string,
    clientMetadata?: ClientMetadata,
  ): Promise<CodeDeliveryDetails | undefined>;
  abstract verifyUserAttribute(accessToken: string, name: string, code: string): Promise<void>;

  abstract adminGetUser(username: string): Promise<AdminUserRecord>;
  abstract adminUpdateUserAttributes(
    username: string,
    attributes: Attributes,
    clientMetadata?: ClientMetadata,
  ): Promise<void>;
  abstract adminDeleteUserAttributes(username: string, names: string[]): Promise<void>;
  /** The names of every group the user is in now (AdminListGroupsForUser, all pages). */
  abstract adminListGroupsForUser(username: string): Promise<string[]>;
  /** The username of the one user whose `attribute` equals `value`, if any. */
  abstract findUsername(
    attribute: 'sub' | 'email' | 'phone_number',
    value: string,
  ): Promise<string | undefined>;

  abstract signUp(input: SignUpInput): Promise<SignUpResult>;
  abstract confirmSignUp(
    username: string,
    code: string,
    clientMetadata?: ClientMetadata,
  ): Promise<void>;
  abstract resendSignUpCode(
    username: string,
    clientMetadata?: ClientMetadata,
  ): Promise<CodeDeliveryDetails | undefined>;

  abstract describePool(): Promise<PoolDescription>;
  /** Cheap call that proves the provider answers (readiness). */
  abstract ping(): Promise<void>;
}
