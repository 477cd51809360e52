import type { Response, Test } from 'supertest';
import type { Emulator, TestUser } from './emulator';

/**
 * The check every refusal test makes: the request gets the expected problem+json status and
 * code, and Cognito holds exactly what it held before. `emulator` is read lazily (beforeAll).
 */
export function refusedUnchanged(emulator: () => Emulator) {
  return async (
    user: TestUser,
    send: () => Test,
    status: number,
    code: unknown,
  ): Promise<Response> => {
    const cognito = emulator();
    const before = await cognito.cognitoAttributes(user.username);
    const res = await send().expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
    expect(await cognito.cognitoAttributes(user.username)).toEqual(before);
    return res;
  };
}
