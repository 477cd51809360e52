/**
 * Input and output types with the names and shapes of Amplify v6 (`aws-amplify/auth`, Cognito
 * provider), so code written against Amplify compiles against this client unchanged. Where
 * Amplify's types are wider than what the BFF returns (e.g. `COMPLETE_AUTO_SIGN_IN`, delivery
 * medium `PHONE`), they stay wide, so a `switch` written for Amplify still type-checks.
 * `amplify-compat.spec.ts` checks every function against Amplify's own declarations.
 */

/** Amplify's `AuthStandardAttributeKey`: the OIDC standard attributes Cognito knows. */
export type AuthStandardAttributeKey =
  | 'address'
  | 'birthdate'
  | 'email'
  | 'email_verified'
  | 'family_name'
  | 'gender'
  | 'given_name'
  | 'locale'
  | 'middle_name'
  | 'name'
  | 'nickname'
  | 'phone_number'
  | 'phone_number_verified'
  | 'picture'
  | 'preferred_username'
  | 'profile'
  | 'sub'
  | 'updated_at'
  | 'website'
  | 'zoneinfo';

/** A standard attribute or any other name, e.g. `custom:display_name` (Amplify's `UserAttributeKey`). */
export type UserAttributeKey = AuthStandardAttributeKey | (string & NonNullable<unknown>);

/** The attributes that are confirmed with a code (Amplify's `AuthVerifiableAttributeKey`). */
export type AuthVerifiableAttributeKey = 'email' | 'phone_number';

/** String pairs forwarded to the user pool's Lambda triggers. */
export type ClientMetadata = Record<string, string>;

/** Attribute name → value, as strings (Amplify's `AuthUserAttributes`). */
export type AuthUserAttributes<Key extends string = UserAttributeKey> = Partial<
  Record<Key, string>
>;

export type AuthDeliveryMedium = 'EMAIL' | 'SMS' | 'PHONE' | 'UNKNOWN';

/** Where a code went; the destination is masked (`a***@e***`). */
export interface AuthCodeDeliveryDetails<Key extends string = UserAttributeKey> {
  destination?: string;
  deliveryMedium?: AuthDeliveryMedium;
  attributeName?: Key;
}

/** Optimistic concurrency for writes: not part of Amplify, and ignored unless given. */
export interface ConditionalWriteOptions {
  /**
   * Send the ETag of this client's last read (`fetchUserAttributes`) as If-Match: if the
   * attributes changed since, nothing is written and the call throws `PreconditionFailedException`.
   * Defaults to the client's `ifUnchanged` setting.
   */
  ifUnchanged?: boolean;
  /** An ETag of your own to send as If-Match (wins over `ifUnchanged`). */
  ifMatch?: string;
}

// fetchUserAttributes
export type FetchUserAttributesOutput = AuthUserAttributes<UserAttributeKey>;

// updateUserAttributes / updateUserAttribute
export type AuthUpdateAttributeStep = 'CONFIRM_ATTRIBUTE_WITH_CODE' | 'DONE';

export interface AuthNextUpdateAttributeStep<Key extends string = UserAttributeKey> {
  updateAttributeStep: AuthUpdateAttributeStep;
  codeDeliveryDetails?: AuthCodeDeliveryDetails<Key>;
}

export interface UpdateUserAttributeOutput {
  /** True when the new value is in effect now; false while an email change awaits its code. */
  isUpdated: boolean;
  nextStep: AuthNextUpdateAttributeStep;
}

export type UpdateUserAttributesOutput = Record<UserAttributeKey, UpdateUserAttributeOutput>;

export interface UpdateUserAttributesOptions extends ConditionalWriteOptions {
  clientMetadata?: ClientMetadata;
}

export interface UpdateUserAttributesInput {
  userAttributes: AuthUserAttributes<UserAttributeKey>;
  options?: UpdateUserAttributesOptions;
}

export interface UpdateUserAttributeInput {
  userAttribute: { attributeKey: UserAttributeKey; value: string };
  options?: UpdateUserAttributesOptions;
}

// confirmUserAttribute / sendUserAttributeVerificationCode / deleteUserAttributes
export interface ConfirmUserAttributeInput {
  userAttributeKey: UserAttributeKey;
  confirmationCode: string;
}

export interface SendUserAttributeVerificationCodeInput {
  userAttributeKey: UserAttributeKey;
  options?: { clientMetadata?: ClientMetadata };
}

export type SendUserAttributeVerificationCodeOutput =
  AuthCodeDeliveryDetails<AuthVerifiableAttributeKey>;

export interface DeleteUserAttributesInput {
  userAttributeKeys: [UserAttributeKey, ...UserAttributeKey[]];
  options?: ConditionalWriteOptions;
}

// signUp / confirmSignUp / resendSignUpCode
export interface SignUpInput {
  username: string;
  /** Required by the BFF (optional in Amplify's type only for passwordless pools). */
  password?: string;
  options?: {
    userAttributes?: AuthUserAttributes<UserAttributeKey>;
    clientMetadata?: ClientMetadata;
    /** Not supported: the BFF does not forward validation data (throws `InvalidParameterException`). */
    validationData?: Record<string, string>;
    /** Not supported: the BFF issues no tokens (throws `AutoSignInException`); call `signIn` after confirming. */
    autoSignIn?: boolean | Record<string, unknown>;
  };
}

export interface ConfirmSignUpSignUpStep<Key extends string = UserAttributeKey> {
  signUpStep: 'CONFIRM_SIGN_UP';
  codeDeliveryDetails: AuthCodeDeliveryDetails<Key>;
}

/** Part of Amplify's union; never returned by this client (no auto sign-in). */
export interface AutoSignInSignUpStep<Key extends string = UserAttributeKey> {
  signUpStep: 'COMPLETE_AUTO_SIGN_IN';
  codeDeliveryDetails?: AuthCodeDeliveryDetails<Key>;
}

export interface DoneSignUpStep {
  signUpStep: 'DONE';
}

export type AuthNextSignUpStep<Key extends string = UserAttributeKey> =
  ConfirmSignUpSignUpStep<Key> | AutoSignInSignUpStep<Key> | DoneSignUpStep;

export interface SignUpOutput {
  isSignUpComplete: boolean;
  /** The new user's `sub`. */
  userId?: string;
  nextStep: AuthNextSignUpStep<AuthVerifiableAttributeKey>;
}

export interface ConfirmSignUpInput {
  username: string;
  confirmationCode: string;
  options?: {
    clientMetadata?: ClientMetadata;
    /** Not supported by the BFF: `true` throws `InvalidParameterException`. */
    forceAliasCreation?: boolean;
  };
}

export type ConfirmSignUpOutput = SignUpOutput;

export interface ResendSignUpCodeInput {
  username: string;
  options?: { clientMetadata?: ClientMetadata };
}

export type ResendSignUpCodeOutput = AuthCodeDeliveryDetails<AuthVerifiableAttributeKey>;
