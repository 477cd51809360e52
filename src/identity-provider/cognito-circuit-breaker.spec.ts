import { Logger } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { CognitoCircuitBreaker, isOutage, outcomeOf } from './cognito-circuit-breaker';

const sdkError = (name: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(name), { name, ...extra });
const serverFault = () =>
  sdkError('InternalErrorException', { $fault: 'server', $metadata: { httpStatusCode: 500 } });
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CognitoCircuitBreaker', () => {
  let breaker: CognitoCircuitBreaker;
  const states: string[] = [];
  const recorder = { recordUpstream: jest.fn(), setCircuitState: (s: string) => states.push(s) };

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    states.length = 0;
    breaker = new CognitoCircuitBreaker(
      { timeoutMs: 200, resetMs: 300, minCalls: 3, errorPercent: 50 },
      recorder,
    );
  });
  afterEach(() => breaker.shutdown());

  const fail = (error: unknown) => breaker.run(() => Promise.reject(error));

  it('counts only outages: 5xx, network errors and timeouts', () => {
    expect(isOutage(serverFault())).toBe(true);
    expect(isOutage(refused())).toBe(true);
    expect(isOutage(sdkError('TimeoutError'))).toBe(true);
    for (const name of [
      'CodeMismatchException',
      'NotAuthorizedException',
      'AliasExistsException',
      'TooManyRequestsException',
      'LimitExceededException',
      'InvalidParameterException',
    ]) {
      expect(isOutage(sdkError(name))).toBe(false);
    }
  });

  it('labels outcomes for metrics', () => {
    expect(outcomeOf(serverFault())).toBe('server-error');
    expect(outcomeOf(refused())).toBe('network-error');
    expect(outcomeOf(sdkError('TimeoutError'))).toBe('timeout');
    expect(outcomeOf(sdkError('TooManyRequestsException'))).toBe('throttled');
    expect(outcomeOf(sdkError('CodeMismatchException'))).toBe('client-error');
  });

  it('stays closed however many 4xx and throttling errors it sees', async () => {
    for (let i = 0; i < 20; i++) {
      await expect(fail(sdkError('CodeMismatchException'))).rejects.toThrow();
      await expect(fail(sdkError('TooManyRequestsException'))).rejects.toThrow();
    }
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(async () => 'ok')).resolves.toBe('ok');
  });

  it('opens after an outage, fails fast with 503 + Retry-After, and heals after resetMs', async () => {
    for (let i = 0; i < 3; i++) await expect(fail(serverFault())).rejects.toThrow();
    expect(breaker.state).toBe('open');

    const send = jest.fn(async () => 'ok');
    const error = await breaker.run(send).catch((e: unknown) => e);
    expect(send).not.toHaveBeenCalled();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'upstream-unavailable', status: 503 });
    expect((error as AppError).retryAfter).toBe(1);
    expect(breaker.isOpenError(error)).toBe(true);

    await pause(350);
    expect(breaker.state).toBe('half-open');
    await expect(breaker.run(send)).resolves.toBe('ok');
    expect(breaker.state).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('stays open when the trial call fails', async () => {
    for (let i = 0; i < 3; i++) await expect(fail(refused())).rejects.toThrow();
    await pause(350);
    await expect(fail(refused())).rejects.toThrow('ECONNREFUSED');
    expect(breaker.state).toBe('open');
  });

  it('cuts a call off at the deadline', async () => {
    const started = Date.now();
    const error = await breaker.run(() => pause(1000)).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(400);
    expect(error).toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('reports the last attempt error when the deadline hits between SDK retries', async () => {
    const state = { lastAttemptError: sdkError('TooManyRequestsException') };
    const error = await breaker.run(() => pause(1000), state).catch((e: unknown) => e);
    expect(error).toBe(state.lastAttemptError);
    // Throttling cut short by the deadline is not an outage: it does not count.
    for (let i = 0; i < 5; i++) {
      await breaker.run(() => pause(1000), state).catch(() => undefined);
    }
    expect(breaker.state).toBe('closed');
  });
});
