import { localConfig } from '../../test/support/unit-config';
import { ConfigError } from './app-config';
import { checkingIntervalMs } from '../common/http/http-server-timeouts';

const build = localConfig;

describe('HTTP server timeouts', () => {
  it('default to 10 s for headers, 15 s for a request and 65 s keep-alive', () => {
    expect(build({}).httpServer).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 15_000,
      keepAliveTimeoutMs: 65_000,
    });
  });

  it('take the settings', () => {
    const config = build({
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '4000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '120000',
    });
    expect(config.httpServer).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 120_000,
    });
  });

  it.each([
    ['HTTP_HEADERS_TIMEOUT_MS', '0'],
    ['HTTP_REQUEST_TIMEOUT_MS', '999999999'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_MS', 'soon'],
  ])('refuses %s=%s, naming the setting', (name, value) => {
    expect(() => build({ [name]: value })).toThrow(new RegExp(name));
  });

  it('refuses a headers deadline longer than the request deadline', () => {
    expect(() => build({ HTTP_HEADERS_TIMEOUT_MS: '20000' })).toThrow(ConfigError);
    expect(() => build({ HTTP_HEADERS_TIMEOUT_MS: '20000' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/);
  });

  it('checks deadlines often enough to cut a client off close to them', () => {
    const at = (headersTimeoutMs: number, requestTimeoutMs: number) =>
      checkingIntervalMs({ headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs: 65_000 });
    expect(at(10_000, 15_000)).toBe(1000);
    expect(at(1000, 1500)).toBe(100);
    expect(at(500, 500)).toBe(50);
  });
});
