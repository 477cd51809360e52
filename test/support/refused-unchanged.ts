import type { Response, Test } from 'supertest';
import type { TestContext, TestUser } from './create-test-app';

/**
 * The check every refusal test makes: the request gets the expected problem+json status and
 * code, and Cognito holds exactly what it held before. `context` is read lazily (beforeAll).
 */
export function refusedUnchanged(context: () => TestContext) {
  return async (
    user: TestUser,
    send: () => Test,
    status: number,
    code: unknown,
  ): Promise<Response> => {
    const t = context();
    const before = await t.cognitoAttributes(user.username);
    const res = await send().expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
    expect(await t.cognitoAttributes(user.username)).toEqual(before);
    return res;
  };
}
