/**
 * Cognito calls per write: each route is sent a few times, one request at a time, to a BFF that
 * reaches the emulator through a counting proxy; the operations (X-Amz-Target) that reached
 * "Cognito" are counted per request. Only calls that read or write a user count: readiness and
 * start-up describe the pool too.
 */
import type { LocalCognitoInfo } from '../../src/local-cognito/local-cognito';
import type { CountingProxy } from './counting-proxy';
import { USER_OPERATIONS } from './user-operations';
import { createBenchUser } from './users';

const REPEATS = 5;

export interface WriteCalls {
  route: string;
  /** Operation → calls per request (the mean over REPEATS requests). */
  perRequest: Record<string, number>;
  total: number;
  requests: number;
  /** Responses that were not the route's success status (the counts are then not valid). */
  failures: number;
}

interface Step {
  method: string;
  path: string;
  body?: object;
  ifMatch?: string;
  expect: number;
}

export async function measureWriteCalls(
  info: LocalCognitoInfo,
  bffUrl: string,
  proxy: CountingProxy,
): Promise<WriteCalls[]> {
  // Fresh users: step-up (email changes) needs a recent sign-in, and nothing is cached for them.
  const user = await createBenchUser(info, 20_000 + Math.floor(Math.random() * 1e6));
  const send = async (token: string, step: Step): Promise<Response> => {
    const res = await fetch(`${bffUrl}${step.path}`, {
      method: step.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(step.body ? { 'content-type': 'application/json' } : {}),
        ...(step.ifMatch ? { 'if-match': step.ifMatch } : {}),
      },
      body: step.body ? JSON.stringify(step.body) : undefined,
    });
    await res.arrayBuffer();
    return res;
  };
  const etagOf = async (token: string) =>
    (await send(token, { method: 'GET', path: '/me/attributes', expect: 200 })).headers.get(
      'etag',
    ) ?? undefined;
  /** `prepare` runs uncounted before each counted request and returns it. */
  const count = async (
    route: string,
    prepare: (i: number) => Promise<{ token: string; step: Step }>,
  ): Promise<WriteCalls> => {
    const totals = new Map<string, number>();
    let failures = 0;
    for (let i = 0; i < REPEATS; i++) {
      const { token, step } = await prepare(i);
      proxy.reset();
      const res = await send(token, step);
      if (res.status !== step.expect) failures++;
      for (const [op, n] of Object.entries(proxy.counts())) {
        if (USER_OPERATIONS.has(op)) totals.set(op, (totals.get(op) ?? 0) + n);
      }
    }
    const perRequest = Object.fromEntries(
      [...totals].map(([op, n]) => [op, Math.round((n / REPEATS) * 100) / 100]),
    );
    const total = Object.values(perRequest).reduce((a, b) => a + b, 0);
    return { route, perRequest, total, requests: REPEATS, failures };
  };
  const patchName = (i: number, ifMatch?: string): Step => ({
    method: 'PATCH',
    path: '/me/attributes',
    body: { attributes: { name: `Bench Writer ${i}-${Math.random()}` } },
    ifMatch,
    expect: 200,
  });
  const setNickname = (i: number) =>
    send(user.accessToken, {
      method: 'PATCH',
      path: '/me/attributes',
      body: { attributes: { nickname: `bench-${i}` } },
      expect: 200,
    });
  const deleteNickname = (ifMatch?: string): Step => ({
    method: 'DELETE',
    path: '/me/attributes?keys=nickname',
    ifMatch,
    expect: 204,
  });

  const rows: WriteCalls[] = [];
  rows.push(
    await count('PATCH name', async (i) => ({ token: user.accessToken, step: patchName(i) })),
  );
  rows.push(
    await count('PATCH name (If-Match)', async (i) => ({
      token: user.accessToken,
      step: patchName(i, await etagOf(user.accessToken)),
    })),
  );
  rows.push(
    await count('DELETE nickname', async (i) => {
      await setNickname(i);
      return { token: user.accessToken, step: deleteNickname() };
    }),
  );
  rows.push(
    await count('DELETE nickname (If-Match)', async (i) => {
      await setNickname(i);
      return { token: user.accessToken, step: deleteNickname(await etagOf(user.accessToken)) };
    }),
  );
  // The email flow, one fresh user per round: change (a code goes out), resend, confirm.
  const emailUsers = await Promise.all(
    Array.from({ length: REPEATS }, (_, i) => createBenchUser(info, 30_000 + i)),
  );
  const newEmail = (i: number) => `bench-new-${i}-${emailUsers[i].sub}@example.com`;
  const emailSteps: Array<[string, (i: number) => Step]> = [
    [
      'PATCH email (code sent)',
      (i) => ({
        method: 'PATCH',
        path: '/me/attributes',
        body: { attributes: { email: newEmail(i) } },
        expect: 200,
      }),
    ],
    [
      'POST verification-code (email)',
      () => ({
        method: 'POST',
        path: '/me/attributes/email/verification-code',
        body: {},
        expect: 202,
      }),
    ],
    [
      'POST verify (email)',
      () => ({
        method: 'POST',
        path: '/me/attributes/email/verify',
        body: { code: info.verificationCode },
        expect: 204,
      }),
    ],
  ];
  for (const [route, step] of emailSteps) {
    rows.push(
      await count(route, async (i) => ({ token: emailUsers[i].accessToken, step: step(i) })),
    );
  }
  return rows;
}

/** "GetUser 1, UpdateUserAttributes 1 = 2" */
export function describeCalls(row: WriteCalls): string {
  const parts = Object.entries(row.perRequest).map(([op, n]) => `${op} ${n}`);
  return `${parts.join(', ')} = ${Math.round(row.total * 100) / 100}`;
}
