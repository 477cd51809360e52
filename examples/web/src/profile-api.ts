/**
 * A thin fetch client for profile-bff with the names and shapes of Amplify v6's attribute and
 * sign-up functions. It stands in for the typed client package (`@profile-bff/client`) until the
 * example can depend on it: the app imports only what this file exports, so switching is a
 * one-line change here (`export * from '@profile-bff/client'`).
 */

export type UserAttributes = Record<string, string>;

export interface CodeDeliveryDetails {
  destination?: string;
  deliveryMedium?: 'EMAIL' | 'SMS' | 'PHONE' | 'UNKNOWN';
  attributeName?: string;
}

export interface UpdateUserAttributeOutput {
  isUpdated: boolean;
  nextStep: {
    updateAttributeStep: 'DONE' | 'CONFIRM_ATTRIBUTE_WITH_CODE';
    codeDeliveryDetails?: CodeDeliveryDetails;
  };
}

export type UpdateUserAttributesOutput = Record<string, UpdateUserAttributeOutput>;

export interface WriteOptions {
  clientMetadata?: Record<string, string>;
  /**
   * Send If-Match with the ETag of the last read or write: if the attributes changed since,
   * the BFF answers 412 and changes nothing.
   */
  ifUnchanged?: boolean;
}

export interface SignUpOutput {
  isSignUpComplete: boolean;
  userId?: string;
  nextStep: { signUpStep: 'CONFIRM_SIGN_UP' | 'DONE'; codeDeliveryDetails?: CodeDeliveryDetails };
}

/** One per-attribute problem of a problem+json answer (never the value sent). */
export interface ProblemItem {
  attribute?: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code: string;
  requestId?: string;
  errors?: ProblemItem[];
}

/** The Amplify exception name a client of Amplify would have seen for each BFF problem code. */
const AMPLIFY_NAMES: Record<string, string> = {
  'invalid-token': 'NotAuthorizedException',
  forbidden: 'NotAuthorizedException',
  'insufficient-scope': 'NotAuthorizedException',
  'attribute-not-readable': 'NotAuthorizedException',
  'attribute-not-writable': 'NotAuthorizedException',
  'attribute-not-deletable': 'NotAuthorizedException',
  'attribute-not-verifiable': 'InvalidParameterException',
  'bad-request': 'InvalidParameterException',
  'validation-failed': 'InvalidParameterException',
  'invalid-attribute-value': 'InvalidParameterException',
  'invalid-parameter': 'InvalidParameterException',
  'invalid-username': 'InvalidParameterException',
  'nothing-to-verify': 'InvalidParameterException',
  'invalid-password': 'InvalidPasswordException',
  'code-mismatch': 'CodeMismatchException',
  'code-expired': 'ExpiredCodeException',
  'alias-exists': 'AliasExistsException',
  'username-exists': 'UsernameExistsException',
  'user-not-found': 'UserNotFoundException',
  'too-many-requests': 'TooManyRequestsException',
  'code-delivery-failed': 'CodeDeliveryFailureException',
  'upstream-unavailable': 'InternalErrorException',
  'upstream-timeout': 'InternalErrorException',
  'upstream-error': 'InternalErrorException',
  'internal-error': 'InternalErrorException',
  'precondition-failed': 'PreconditionFailedException',
};

/** Every failed call throws this: an Amplify-style `name` plus the whole problem. */
export class ProfileApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly errors: ProblemItem[];
  /** Seconds to wait before trying again (Retry-After), when the BFF sent one. */
  readonly retryAfter?: number;
  readonly requestId?: string;
  readonly problem: Problem;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = AMPLIFY_NAMES[problem.code] ?? 'UnknownException';
    this.code = problem.code;
    this.status = problem.status;
    this.errors = problem.errors ?? [];
    this.retryAfter = retryAfter;
    this.requestId = problem.requestId;
    this.problem = problem;
  }
}

export interface ProfileClientOptions {
  /** The BFF's origin, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  /** The signed-in user's Cognito access token (e.g. from Amplify's fetchAuthSession). */
  accessToken: () => Promise<string> | string;
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface CallOptions {
  body?: unknown;
  auth?: boolean;
  ifMatch?: string;
}

function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code === 'string') return { ...body, status: response.status } as Problem;
  } catch {
    // not JSON: fall through to a problem made from the status
  }
  return { status: response.status, code: 'unexpected-response', title: response.statusText };
}

export function createProfileClient(options: ProfileClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  // The ETag of the user's attributes as of the last answer that carried one.
  let etag: string | undefined;

  async function call<T>(method: Method, path: string, opts: CallOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (opts.auth !== false) headers.Authorization = `Bearer ${await options.accessToken()}`;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
    const response = await doFetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    if (!response.ok) throw new ProfileApiError(await problemOf(response), retryAfterOf(response));
    // Only a success moves the ETag on: after a 412 the app must read again before it may write.
    const tag = response.headers.get('ETag');
    if (tag) etag = tag;
    if (response.status === 204 || response.status === 304) return undefined as T;
    return (await response.json()) as T;
  }

  function ifMatch(opts?: WriteOptions): string | undefined {
    return opts?.ifUnchanged ? (etag ?? '*') : undefined;
  }

  const key = encodeURIComponent;

  const client = {
    async fetchUserAttributes(): Promise<UserAttributes> {
      const out = await call<{ attributes: UserAttributes }>('GET', '/me/attributes');
      return out.attributes;
    },

    async updateUserAttributes(input: {
      userAttributes: UserAttributes;
      options?: WriteOptions;
    }): Promise<UpdateUserAttributesOutput> {
      const { clientMetadata } = input.options ?? {};
      const out = await call<{ attributes: UpdateUserAttributesOutput }>(
        'PATCH',
        '/me/attributes',
        {
          body: { attributes: input.userAttributes, ...(clientMetadata ? { clientMetadata } : {}) },
          ifMatch: ifMatch(input.options),
        },
      );
      return out.attributes;
    },

    async updateUserAttribute(input: {
      userAttribute: { attributeKey: string; value: string };
      options?: WriteOptions;
    }): Promise<UpdateUserAttributeOutput> {
      const { attributeKey, value } = input.userAttribute;
      const out = await client.updateUserAttributes({
        userAttributes: { [attributeKey]: value },
        options: input.options,
      });
      return out[attributeKey];
    },

    async confirmUserAttribute(input: {
      userAttributeKey: string;
      confirmationCode: string;
    }): Promise<void> {
      await call('POST', `/me/attributes/${key(input.userAttributeKey)}/verify`, {
        body: { code: input.confirmationCode },
      });
    },

    async sendUserAttributeVerificationCode(input: {
      userAttributeKey: string;
      options?: { clientMetadata?: Record<string, string> };
    }): Promise<CodeDeliveryDetails> {
      const clientMetadata = input.options?.clientMetadata;
      const out = await call<{ codeDeliveryDetails: CodeDeliveryDetails }>(
        'POST',
        `/me/attributes/${key(input.userAttributeKey)}/verification-code`,
        { body: clientMetadata ? { clientMetadata } : {} },
      );
      return out.codeDeliveryDetails;
    },

    async deleteUserAttributes(input: { userAttributeKeys: string[] }): Promise<void> {
      const query = input.userAttributeKeys.map((k) => `keys=${key(k)}`).join('&');
      await call('DELETE', `/me/attributes?${query}`);
    },

    async signUp(input: {
      username: string;
      password: string;
      options?: { userAttributes?: UserAttributes; clientMetadata?: Record<string, string> };
    }): Promise<SignUpOutput> {
      const { userAttributes, clientMetadata } = input.options ?? {};
      const out = await call<{
        userSub: string;
        userConfirmed: boolean;
        nextStep: SignUpOutput['nextStep'];
      }>('POST', '/sign-up', {
        auth: false,
        body: {
          username: input.username,
          password: input.password,
          ...(userAttributes ? { attributes: userAttributes } : {}),
          ...(clientMetadata ? { clientMetadata } : {}),
        },
      });
      return { isSignUpComplete: out.userConfirmed, userId: out.userSub, nextStep: out.nextStep };
    },

    async confirmSignUp(input: {
      username: string;
      confirmationCode: string;
    }): Promise<SignUpOutput> {
      await call('POST', '/sign-up/confirm', {
        auth: false,
        body: { username: input.username, code: input.confirmationCode },
      });
      return { isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } };
    },

    async resendSignUpCode(input: { username: string }): Promise<CodeDeliveryDetails> {
      const out = await call<{ codeDeliveryDetails: CodeDeliveryDetails }>(
        'POST',
        '/sign-up/resend-code',
        { auth: false, body: { username: input.username } },
      );
      return out.codeDeliveryDetails;
    },
  };
  return client;
}

export type ProfileClient = ReturnType<typeof createProfileClient>;
