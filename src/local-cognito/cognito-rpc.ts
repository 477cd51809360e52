/**
 * Minimal client for Cognito's JSON 1.1 protocol (the one the SDK speaks), over global fetch.
 * Only local tooling uses it: the app itself talks to Cognito through src/identity-provider.
 */

export class CognitoRpcError extends Error {
  /** Cognito's `__type`, e.g. `NotAuthorizedException`. */
  readonly type: string;
  readonly status: number;

  constructor(type: string, status: number, message: string) {
    super(`${type}: ${message}`);
    this.name = 'CognitoRpcError';
    this.type = type;
    this.status = status;
  }
}

const DEFAULT_TIMEOUT_MS = 5_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readBody(res: Response): Promise<unknown> {
  const raw = await res.text();
  if (!raw) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return { message: raw.slice(0, 200) };
  }
}

function toError(status: number, body: unknown): CognitoRpcError {
  const record = isRecord(body) ? body : {};
  // cognito-local answers unexpected failures with 500 and no `__type`.
  const type = typeof record.__type === 'string' ? record.__type : `HTTP${status}`;
  const message = typeof record.message === 'string' ? record.message : 'request failed';
  return new CognitoRpcError(type, status, message);
}

/** POSTs `AWSCognitoIdentityProviderService.<operation>`; resolves with the parsed JSON body. */
export async function callCognito<T = Record<string, unknown>>(
  endpoint: string,
  operation: string,
  body: object,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const parsed = await readBody(res);
  if (!res.ok) throw toError(res.status, parsed);
  return parsed as T;
}
