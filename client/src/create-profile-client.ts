import createClient from 'openapi-fetch';
import type {
  AuthCodeDeliveryDetails,
  ConditionalWriteOptions,
  ConfirmSignUpInput,
  ConfirmSignUpOutput,
  ConfirmUserAttributeInput,
  DeleteUserAttributesInput,
  FetchUserAttributesOutput,
  ResendSignUpCodeInput,
  ResendSignUpCodeOutput,
  SendUserAttributeVerificationCodeInput,
  SendUserAttributeVerificationCodeOutput,
  SignUpInput,
  SignUpOutput,
  UpdateUserAttributeInput,
  UpdateUserAttributeOutput,
  UpdateUserAttributesInput,
  UpdateUserAttributesOutput,
} from './amplify-types';
import { CLIENT_EXCEPTION_NAMES, ProfileBffErrorName, VALIDATION_NAMES } from './exception-names';
import type { components, paths } from './generated/openapi';
import { errorFromResponse, ProfileBffError } from './profile-bff-error';

type FetchLike = (input: Request) => Promise<Response>;

export interface ProfileClientOptions {
  /** The BFF's base URL, e.g. `https://profile.example.com`. */
  baseUrl: string;
  /**
   * The signed-in user's Cognito access token, asked for before every call that needs one, so a
   * provider that refreshes (Amplify's `fetchAuthSession`) just works. Not needed for sign-up.
   */
  accessToken?: () => Promise<string | null | undefined> | string | null | undefined;
  /** A fetch implementation; defaults to the global `fetch` at the time of each call. */
  fetch?: FetchLike | typeof fetch;
  /** Make every write conditional on the last read (see `ConditionalWriteOptions`). Default false. */
  ifUnchanged?: boolean;
}

/** Amplify v6's attribute and sign-up functions, bound to one BFF (destructure them freely). */
export interface ProfileClient {
  fetchUserAttributes(): Promise<FetchUserAttributesOutput>;
  updateUserAttributes(input: UpdateUserAttributesInput): Promise<UpdateUserAttributesOutput>;
  updateUserAttribute(input: UpdateUserAttributeInput): Promise<UpdateUserAttributeOutput>;
  confirmUserAttribute(input: ConfirmUserAttributeInput): Promise<void>;
  sendUserAttributeVerificationCode(
    input: SendUserAttributeVerificationCodeInput,
  ): Promise<SendUserAttributeVerificationCodeOutput>;
  deleteUserAttributes(input: DeleteUserAttributesInput): Promise<void>;
  signUp(input: SignUpInput): Promise<SignUpOutput>;
  confirmSignUp(input: ConfirmSignUpInput): Promise<ConfirmSignUpOutput>;
  resendSignUpCode(input: ResendSignUpCodeInput): Promise<ResendSignUpCodeOutput>;
  /** The ETag `ifUnchanged` would send now, or undefined when the client knows none. */
  lastETag(): string | undefined;
}

type Delivery = components['schemas']['CodeDeliveryDetailsDto'];
/** The spec's enum for `{key}`; any other name is sent as is, and refused by the BFF. */
type VerifiableKey = paths['/me/attributes/{key}/verify']['post']['parameters']['path']['key'];

export function createProfileClient(options: ProfileClientOptions): ProfileClient {
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: (request: Request) => (options.fetch ?? globalThis.fetch)(request),
  });
  const etag = new ETagMemory();

  async function authorization(): Promise<{ Authorization: string }> {
    let token: string | null | undefined;
    try {
      token = await options.accessToken?.();
    } catch (underlyingError) {
      throw clientError('unauthenticated', 'The access token provider failed.', underlyingError);
    }
    if (!token) throw clientError('unauthenticated', 'No access token: sign the user in first.');
    return { Authorization: `Bearer ${token}` };
  }

  /** If-Match for a write, and what to remember of the answer. */
  function precondition(write: ConditionalWriteOptions | undefined): Record<string, string> {
    if (write?.ifMatch) return { 'If-Match': write.ifMatch };
    if (!(write?.ifUnchanged ?? options.ifUnchanged)) return {};
    const known = etag.current;
    if (!known) {
      throw new ProfileBffError({
        name: 'PreconditionFailedException',
        message: 'No attributes read yet to compare with: call fetchUserAttributes() first.',
      });
    }
    return { 'If-Match': known };
  }

  /** After a write: a conditional one leaves a known state; after any other the client knows none. */
  function afterWrite(sent: Record<string, string>, response: Response): void {
    if (sent['If-Match']) etag.remember(response);
    else etag.forget();
  }

  const client: ProfileClient = {
    async fetchUserAttributes() {
      const headers = await authorization();
      const { data, response } = ok(await send(() => api.GET('/me/attributes', { headers })));
      etag.remember(response);
      return { ...data.attributes };
    },

    async updateUserAttributes({ userAttributes, options: write }) {
      const conditional = precondition(write);
      const headers = { ...(await authorization()), ...conditional };
      const body = {
        attributes: definedValues(userAttributes),
        ...(write?.clientMetadata ? { clientMetadata: write.clientMetadata } : {}),
      };
      const { data, response } = ok(
        await send(() => api.PATCH('/me/attributes', { headers, body })),
      );
      afterWrite(conditional, response);
      // Amplify's output type lists the standard keys; like Amplify, only the sent ones are present.
      return Object.fromEntries(
        Object.entries(data.attributes).map(([name, result]) => [
          name,
          {
            isUpdated: result.isUpdated,
            nextStep: {
              updateAttributeStep: result.nextStep.updateAttributeStep,
              ...(result.nextStep.codeDeliveryDetails
                ? { codeDeliveryDetails: delivery(result.nextStep.codeDeliveryDetails) }
                : {}),
            },
          },
        ]),
      ) as UpdateUserAttributesOutput;
    },

    async updateUserAttribute({ userAttribute: { attributeKey, value }, options: write }) {
      const output = await client.updateUserAttributes({
        userAttributes: { [attributeKey]: value },
        options: write,
      });
      const result = Object.prototype.hasOwnProperty.call(output, attributeKey)
        ? output[attributeKey]
        : undefined;
      if (!result) throw clientError('unknown', `The answer has no result for ${attributeKey}.`);
      return result;
    },

    async confirmUserAttribute({ userAttributeKey, confirmationCode }) {
      assertGiven(confirmationCode, VALIDATION_NAMES.emptyConfirmUserAttributeCode);
      const headers = await authorization();
      const { response } = ok(
        await send(() =>
          api.POST('/me/attributes/{key}/verify', {
            params: { path: { key: userAttributeKey as VerifiableKey } },
            headers,
            body: { code: confirmationCode },
          }),
        ),
      );
      afterWrite({}, response);
    },

    async sendUserAttributeVerificationCode({ userAttributeKey, options: sendOptions }) {
      const headers = await authorization();
      const body = sendOptions?.clientMetadata
        ? { clientMetadata: sendOptions.clientMetadata }
        : {};
      const { data } = ok(
        await send(() =>
          api.POST('/me/attributes/{key}/verification-code', {
            params: { path: { key: userAttributeKey as VerifiableKey } },
            headers,
            body,
          }),
        ),
      );
      return delivery(data.codeDeliveryDetails);
    },

    async deleteUserAttributes({ userAttributeKeys, options: write }) {
      const conditional = precondition(write);
      const headers = { ...(await authorization()), ...conditional };
      const { response } = ok(
        await send(() =>
          api.DELETE('/me/attributes', {
            params: { query: { keys: [...userAttributeKeys] } },
            headers,
          }),
        ),
      );
      afterWrite(conditional, response);
    },

    async signUp({ username, password, options: signUp = {} }) {
      assertGiven(username, VALIDATION_NAMES.emptySignUpUsername);
      assertGiven(password, VALIDATION_NAMES.emptySignUpPassword);
      if (signUp.autoSignIn) {
        throw clientError(
          'autoSignIn',
          'Auto sign-in is not available through profile-bff: call signIn after confirmSignUp.',
        );
      }
      if (signUp.validationData && Object.keys(signUp.validationData).length > 0) {
        throw unsupported('validationData is not forwarded by profile-bff.');
      }
      const body = {
        username,
        password: password as string,
        ...(signUp.userAttributes ? { attributes: definedValues(signUp.userAttributes) } : {}),
        ...(signUp.clientMetadata ? { clientMetadata: signUp.clientMetadata } : {}),
      };
      const { data } = ok(await send(() => api.POST('/sign-up', { body })));
      return {
        isSignUpComplete: data.userConfirmed,
        userId: data.userSub,
        nextStep:
          data.nextStep.signUpStep === 'DONE'
            ? { signUpStep: 'DONE' }
            : {
                signUpStep: 'CONFIRM_SIGN_UP',
                codeDeliveryDetails: delivery(data.nextStep.codeDeliveryDetails),
              },
      };
    },

    async confirmSignUp({ username, confirmationCode, options: confirm = {} }) {
      assertGiven(username, VALIDATION_NAMES.emptyConfirmSignUpUsername);
      assertGiven(confirmationCode, VALIDATION_NAMES.emptyConfirmSignUpCode);
      if (confirm.forceAliasCreation) {
        throw unsupported('forceAliasCreation is not supported by profile-bff.');
      }
      const body = {
        username,
        code: confirmationCode,
        ...(confirm.clientMetadata ? { clientMetadata: confirm.clientMetadata } : {}),
      };
      ok(await send(() => api.POST('/sign-up/confirm', { body })));
      return { isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } };
    },

    async resendSignUpCode({ username, options: resend }) {
      assertGiven(username, VALIDATION_NAMES.emptyResendSignUpCodeUsername);
      const body = {
        username,
        ...(resend?.clientMetadata ? { clientMetadata: resend.clientMetadata } : {}),
      };
      const { data } = ok(await send(() => api.POST('/sign-up/resend-code', { body })));
      return delivery(data.codeDeliveryDetails);
    },

    lastETag: () => etag.current,
  };
  return client;
}

/** What the client knows of the attributes' version: the ETag of a state it has fully seen. */
class ETagMemory {
  current: string | undefined;

  remember(response: Response): void {
    this.current = response.headers.get('ETag') ?? undefined;
  }

  forget(): void {
    this.current = undefined;
  }
}

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer when it is a success; otherwise the BFF's problem as a ProfileBffError. */
function ok<T>(result: Result<T>): { data: T; response: Response } {
  if (!result.response.ok) throw errorFromResponse(result.response, result.error);
  return { data: result.data as T, response: result.response };
}

/** Runs a request; a failure of fetch itself, or an unreadable answer, becomes a ProfileBffError. */
async function send<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof ProfileBffError) throw error;
    if (error instanceof SyntaxError) {
      throw clientError('unknown', 'The answer is not the JSON the API describes.', error);
    }
    throw clientError('network', 'The profile service could not be reached.', error);
  }
}

function delivery<Key extends string>(details: Delivery | undefined): AuthCodeDeliveryDetails<Key> {
  return {
    destination: details?.destination,
    deliveryMedium: details?.deliveryMedium,
    attributeName: details?.attributeName as Key | undefined,
  };
}

/** Amplify's attribute maps allow `undefined` values; they are left out, not sent. */
function definedValues(attributes: Partial<Record<string, string>>): Record<string, string> {
  // fromEntries defines own properties, so a `__proto__` key is sent (and refused), never merged.
  return Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function clientError(
  kind: keyof typeof CLIENT_EXCEPTION_NAMES,
  message: string,
  underlyingError?: unknown,
): ProfileBffError {
  return new ProfileBffError({ name: CLIENT_EXCEPTION_NAMES[kind], message, underlyingError });
}

function unsupported(message: string): ProfileBffError {
  return new ProfileBffError({ name: 'InvalidParameterException', message });
}

/** Amplify's own input checks, with its names, before any request is made. */
function assertGiven(value: string | undefined, name: ProfileBffErrorName): void {
  if (!value) throw new ProfileBffError({ name, message: `${name}: a value is required.` });
}
