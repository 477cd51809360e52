import { createProfileClient, ProfileClientOptions } from './create-profile-client';
import { ProfileBffError } from './profile-bff-error';

/**
 * Unit level: what the client sends and how it reads answers, with a recording fetch. The same
 * functions run against the real BFF and emulator in test/client.e2e-spec.ts.
 */
interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function answer(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  const problem = typeof body === 'object' && body !== null && 'code' in body;
  const type = problem ? 'application/problem+json' : 'application/json';
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? headers : { 'Content-Type': type, ...headers },
  });
}

function recordingClient(
  answers: Response[],
  options: Partial<ProfileClientOptions> = {},
): { client: ReturnType<typeof createProfileClient>; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const text = await request.text();
    sent.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers.entries()),
      body: text ? JSON.parse(text) : undefined,
    });
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    return next;
  };
  const client = createProfileClient({
    baseUrl: 'https://bff.test/',
    accessToken: () => 'token-1',
    fetch,
    ...options,
  });
  return { client, sent };
}

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `https://profile-bff.dev/problems/${code}`,
  title: 'Title',
  status,
  code,
  requestId: 'req-1',
  ...extra,
});

async function thrown(promise: Promise<unknown>): Promise<ProfileBffError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileBffError);
    return error as ProfileBffError;
  }
  throw new Error('expected a rejection');
}

describe('createProfileClient', () => {
  describe('fetchUserAttributes', () => {
    it('GETs /me/attributes with the bearer token and returns the flat map', async () => {
      const { client, sent } = recordingClient([
        answer(200, { attributes: { email: 'a@example.com', name: 'A' } }, { ETag: '"v1"' }),
      ]);
      // Destructured, as Amplify's functions are used: nothing depends on `this`.
      const { fetchUserAttributes } = client;
      await expect(fetchUserAttributes()).resolves.toEqual({ email: 'a@example.com', name: 'A' });
      expect(sent).toEqual([
        expect.objectContaining({
          method: 'GET',
          url: 'https://bff.test/me/attributes',
          headers: expect.objectContaining({ authorization: 'Bearer token-1' }),
        }),
      ]);
      expect(client.lastETag()).toBe('"v1"');
    });

    it('asks the token provider on every call (so a refreshing provider works)', async () => {
      const tokens = ['t1', 't2'];
      const { client, sent } = recordingClient(
        [answer(200, { attributes: {} }), answer(200, { attributes: {} })],
        { accessToken: async () => tokens.shift() },
      );
      await client.fetchUserAttributes();
      await client.fetchUserAttributes();
      expect(sent.map((s) => s.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    });

    it('throws UserUnAuthenticatedException without a token, and sends nothing', async () => {
      for (const accessToken of [undefined, () => '', async () => undefined]) {
        const { client, sent } = recordingClient([], { accessToken });
        const error = await thrown(client.fetchUserAttributes());
        expect(error.name).toBe('UserUnAuthenticatedException');
        expect(error.status).toBeUndefined();
        expect(sent).toEqual([]);
      }
    });

    it('wraps a failing token provider, keeping its error', async () => {
      const cause = new Error('session expired');
      const { client } = recordingClient([], {
        accessToken: () => Promise.reject(cause),
      });
      const error = await thrown(client.fetchUserAttributes());
      expect(error).toMatchObject({ name: 'UserUnAuthenticatedException', underlyingError: cause });
    });
  });

  describe('errors', () => {
    it('names the problem as Cognito would and attaches all of it', async () => {
      const errors = [{ attribute: 'email', code: 'code-mismatch', message: 'wrong' }];
      const body = problem(400, 'code-mismatch', { detail: 'The code is wrong', errors });
      const { client } = recordingClient([answer(400, body)]);
      const error = await thrown(
        client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '000000' }),
      );
      expect(error).toMatchObject({
        name: 'CodeMismatchException',
        message: 'The code is wrong',
        code: 'code-mismatch',
        status: 400,
        requestId: 'req-1',
        errors,
        problem: body,
      });
      expect(error).toBeInstanceOf(Error);
    });

    it('reads Retry-After on 429 as LimitExceededException', async () => {
      const { client } = recordingClient([
        answer(429, problem(429, 'too-many-requests'), { 'Retry-After': '42' }),
      ]);
      const error = await thrown(client.fetchUserAttributes());
      expect(error).toMatchObject({ name: 'LimitExceededException', retryAfter: 42, status: 429 });
    });

    it('names an answer that is not a problem (a proxy page) by its status', async () => {
      const { client } = recordingClient([
        new Response('<html>Bad gateway</html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      ]);
      const error = await thrown(client.fetchUserAttributes());
      expect(error).toMatchObject({ name: 'InternalErrorException', status: 502, code: undefined });
    });

    it('turns a fetch failure into NetworkError', async () => {
      const cause = new TypeError('fetch failed');
      const client = createProfileClient({
        baseUrl: 'https://bff.test',
        accessToken: () => 't',
        fetch: () => Promise.reject(cause),
      });
      const error = await thrown(client.fetchUserAttributes());
      expect(error).toMatchObject({ name: 'NetworkError', underlyingError: cause });
    });
  });

  describe('updateUserAttributes / updateUserAttribute', () => {
    const results = {
      name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
      email: {
        isUpdated: false,
        nextStep: {
          updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: 'n***@e***',
          },
        },
      },
    };

    it('PATCHes the attributes and clientMetadata and returns Amplify’s per-key results', async () => {
      const { client, sent } = recordingClient([answer(200, { attributes: results })]);
      const output = await client.updateUserAttributes({
        userAttributes: { name: 'N', email: 'new@example.com', nickname: undefined },
        options: { clientMetadata: { source: 'test' } },
      });
      expect(sent[0]).toMatchObject({
        method: 'PATCH',
        url: 'https://bff.test/me/attributes',
        headers: { authorization: 'Bearer token-1', 'content-type': 'application/json' },
        body: {
          attributes: { name: 'N', email: 'new@example.com' },
          clientMetadata: { source: 'test' },
        },
      });
      expect(sent[0].headers['if-match']).toBeUndefined();
      expect(output).toEqual(results);
    });

    it('updateUserAttribute sends one attribute and returns its result', async () => {
      const { client, sent } = recordingClient([
        answer(200, { attributes: { email: results.email } }),
      ]);
      const output = await client.updateUserAttribute({
        userAttribute: { attributeKey: 'email', value: 'new@example.com' },
      });
      expect(sent[0].body).toEqual({ attributes: { email: 'new@example.com' } });
      expect(output).toEqual(results.email);
    });

    it('sends a __proto__ key as an own property (for the BFF to refuse), never merging it', async () => {
      const { client, sent } = recordingClient([answer(400, problem(400, 'validation-failed'))]);
      const userAttributes = JSON.parse('{"__proto__":"x","name":"N"}') as Record<string, string>;
      const error = await thrown(client.updateUserAttributes({ userAttributes }));
      expect(error.name).toBe('InvalidParameterException');
      expect(JSON.stringify(sent[0].body)).toBe('{"attributes":{"__proto__":"x","name":"N"}}');
    });
  });

  describe('optimistic concurrency', () => {
    const read = () => answer(200, { attributes: { name: 'A' } }, { ETag: '"v1"' });
    const patched = (etag: string) => answer(200, { attributes: {} }, etag ? { ETag: etag } : {});

    it('ifUnchanged sends the last read’s ETag as If-Match, and remembers the new one', async () => {
      const { client, sent } = recordingClient([read(), patched('"v2"'), patched('"v3"')]);
      await client.fetchUserAttributes();
      await client.updateUserAttributes({
        userAttributes: { name: 'B' },
        options: { ifUnchanged: true },
      });
      expect(sent[1].headers['if-match']).toBe('"v1"');
      expect(client.lastETag()).toBe('"v2"');
      await client.updateUserAttributes({
        userAttributes: { name: 'C' },
        options: { ifUnchanged: true },
      });
      expect(sent[2].headers['if-match']).toBe('"v2"');
    });

    it('throws PreconditionFailedException on 412, with the current ETag, keeping its own', async () => {
      const { client } = recordingClient([
        read(),
        answer(412, problem(412, 'precondition-failed'), { ETag: '"v9"' }),
      ]);
      await client.fetchUserAttributes();
      const error = await thrown(
        client.deleteUserAttributes({
          userAttributeKeys: ['nickname'],
          options: { ifUnchanged: true },
        }),
      );
      expect(error).toMatchObject({
        name: 'PreconditionFailedException',
        code: 'precondition-failed',
        status: 412,
        etag: '"v9"',
      });
      // The app has not seen "v9": it must read again before a conditional write can pass.
      expect(client.lastETag()).toBe('"v1"');
    });

    it('refuses a conditional write before any read, without a request', async () => {
      const { client, sent } = recordingClient([], { ifUnchanged: true });
      const error = await thrown(client.updateUserAttributes({ userAttributes: { name: 'B' } }));
      expect(error).toMatchObject({ name: 'PreconditionFailedException', status: undefined });
      expect(sent).toEqual([]);
    });

    it('the client-wide ifUnchanged applies to every write; a call may opt out', async () => {
      const { client, sent } = recordingClient([read(), patched('"v2"'), patched('"v3"')], {
        ifUnchanged: true,
      });
      await client.fetchUserAttributes();
      await client.deleteUserAttributes({ userAttributeKeys: ['nickname'] });
      expect(sent[1].headers['if-match']).toBe('"v1"');
      await client.updateUserAttributes({
        userAttributes: { name: 'B' },
        options: { ifUnchanged: false },
      });
      expect(sent[2].headers['if-match']).toBeUndefined();
    });

    it('forgets the ETag after an unconditional write (the state may hold changes it never saw)', async () => {
      const { client } = recordingClient([read(), patched('"v2"')]);
      await client.fetchUserAttributes();
      await client.updateUserAttributes({ userAttributes: { name: 'B' } });
      expect(client.lastETag()).toBeUndefined();
    });

    it('ifMatch sends an ETag of the caller’s own', async () => {
      const { client, sent } = recordingClient([patched('"v2"')]);
      await client.updateUserAttributes({
        userAttributes: { name: 'B' },
        options: { ifMatch: '"mine"' },
      });
      expect(sent[0].headers['if-match']).toBe('"mine"');
    });
  });

  describe('verification and deletion', () => {
    it('sendUserAttributeVerificationCode POSTs to the key and returns the delivery details', async () => {
      const details = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' };
      const { client, sent } = recordingClient([answer(202, { codeDeliveryDetails: details })]);
      const output = await client.sendUserAttributeVerificationCode({
        userAttributeKey: 'email',
        options: { clientMetadata: { source: 'settings' } },
      });
      expect(sent[0]).toMatchObject({
        method: 'POST',
        url: 'https://bff.test/me/attributes/email/verification-code',
        body: { clientMetadata: { source: 'settings' } },
      });
      expect(output).toEqual(details);
    });

    it('confirmUserAttribute POSTs the code; an empty code is Amplify’s EmptyConfirmUserAttributeCode', async () => {
      const { client, sent } = recordingClient([answer(204)]);
      await client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '123456' });
      expect(sent[0]).toMatchObject({
        method: 'POST',
        url: 'https://bff.test/me/attributes/email/verify',
        body: { code: '123456' },
      });
      const error = await thrown(
        client.confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: '' }),
      );
      expect(error.name).toBe('EmptyConfirmUserAttributeCode');
      expect(sent).toHaveLength(1);
    });

    it('deleteUserAttributes sends every key, encoded', async () => {
      const { client, sent } = recordingClient([answer(204)]);
      await client.deleteUserAttributes({ userAttributeKeys: ['nickname', 'custom:display_name'] });
      expect(sent[0].method).toBe('DELETE');
      const url = new URL(sent[0].url);
      expect(url.pathname).toBe('/me/attributes');
      expect(url.searchParams.getAll('keys')).toEqual(['nickname', 'custom:display_name']);
    });
  });

  describe('sign-up', () => {
    const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'n***@e***' };

    it('signUp maps userSub / userConfirmed to Amplify’s userId / isSignUpComplete, without a token', async () => {
      const { client, sent } = recordingClient(
        [
          answer(201, {
            userSub: 'sub-1',
            userConfirmed: false,
            nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: delivery },
          }),
        ],
        { accessToken: undefined },
      );
      const output = await client.signUp({
        username: 'new@example.com',
        password: 'Pw-123456',
        options: { userAttributes: { name: 'New' }, clientMetadata: { source: 'web' } },
      });
      expect(sent[0]).toMatchObject({
        method: 'POST',
        url: 'https://bff.test/sign-up',
        body: {
          username: 'new@example.com',
          password: 'Pw-123456',
          attributes: { name: 'New' },
          clientMetadata: { source: 'web' },
        },
      });
      expect(sent[0].headers.authorization).toBeUndefined();
      expect(output).toEqual({
        isSignUpComplete: false,
        userId: 'sub-1',
        nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: delivery },
      });
    });

    it('signUp answers DONE for a user confirmed at once', async () => {
      const { client } = recordingClient([
        answer(201, { userSub: 's', userConfirmed: true, nextStep: { signUpStep: 'DONE' } }),
      ]);
      await expect(client.signUp({ username: 'u@example.com', password: 'p' })).resolves.toEqual({
        isSignUpComplete: true,
        userId: 's',
        nextStep: { signUpStep: 'DONE' },
      });
    });

    it.each([
      [{ username: '', password: 'p' }, 'EmptySignUpUsername'],
      [{ username: 'u@example.com' }, 'EmptySignUpPassword'],
      [
        { username: 'u@example.com', password: 'p', options: { autoSignIn: true } },
        'AutoSignInException',
      ],
      [
        { username: 'u@example.com', password: 'p', options: { validationData: { k: 'v' } } },
        'InvalidParameterException',
      ],
    ])('signUp(%j) throws %s before any request', async (input, name) => {
      const { client, sent } = recordingClient([]);
      expect((await thrown(client.signUp(input))).name).toBe(name);
      expect(sent).toEqual([]);
    });

    it('confirmSignUp POSTs the code and answers DONE', async () => {
      const { client, sent } = recordingClient([answer(204)]);
      await expect(
        client.confirmSignUp({
          username: 'u@example.com',
          confirmationCode: '123456',
          options: { clientMetadata: { a: 'b' } },
        }),
      ).resolves.toEqual({ isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } });
      expect(sent[0]).toMatchObject({
        url: 'https://bff.test/sign-up/confirm',
        body: { username: 'u@example.com', code: '123456', clientMetadata: { a: 'b' } },
      });
    });

    it.each([
      [{ username: '', confirmationCode: '1' }, 'EmptyConfirmSignUpUsername'],
      [{ username: 'u', confirmationCode: '' }, 'EmptyConfirmSignUpCode'],
      [
        { username: 'u', confirmationCode: '1', options: { forceAliasCreation: true } },
        'InvalidParameterException',
      ],
    ])('confirmSignUp(%j) throws %s before any request', async (input, name) => {
      const { client, sent } = recordingClient([]);
      expect((await thrown(client.confirmSignUp(input))).name).toBe(name);
      expect(sent).toEqual([]);
    });

    it('resendSignUpCode returns the delivery details; an empty username is Amplify’s error', async () => {
      const { client, sent } = recordingClient([answer(202, { codeDeliveryDetails: delivery })]);
      await expect(client.resendSignUpCode({ username: 'u@example.com' })).resolves.toEqual(
        delivery,
      );
      expect(sent[0]).toMatchObject({
        url: 'https://bff.test/sign-up/resend-code',
        body: { username: 'u@example.com' },
      });
      const error = await thrown(client.resendSignUpCode({ username: '' }));
      expect(error.name).toBe('EmptyresendSignUpCodeUsername');
    });
  });
});
