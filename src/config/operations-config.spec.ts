import { localConfig } from '../../test/support/unit-config';
import { ConfigError, validateEnvironment } from './app-config';
import { corsOrigins, trustProxy } from './operations-config';

const build = localConfig;

describe('operations config', () => {
  it('has safe defaults: no TLS, no CORS, no trusted proxy, in-memory limits', () => {
    const config = build({});
    expect(config.security).toEqual({ tls: undefined, corsOrigins: [], trustProxy: false });
    expect(config.rateLimit).toEqual({
      enabled: true,
      windowSeconds: 60,
      limits: { read: 120, write: 30, verify: 10, 'sign-up': 10 },
    });
    expect(config.redisUrl).toBeUndefined();
    expect(config.rateLimit.limits.write).toBeLessThan(config.rateLimit.limits.read);
    expect(config.rateLimit.limits.verify).toBeLessThan(config.rateLimit.limits.write);
    expect(config.metrics).toEqual({ port: undefined });
    expect(config.resilience).toEqual({
      breaker: { resetMs: 10_000, minCalls: 5, errorPercent: 50 },
      shutdownTimeoutMs: 10_000,
    });
  });

  it('limits rates unless RATE_LIMIT_ENABLED=false, whatever NODE_ENV says', () => {
    expect(build({ NODE_ENV: 'test' }).rateLimit.enabled).toBe(true);
    expect(build({ NODE_ENV: 'production' }).rateLimit.enabled).toBe(true);
    expect(build({ RATE_LIMIT_ENABLED: 'false' }).rateLimit.enabled).toBe(false);
  });

  it('reads every limit and the shared store from the environment', () => {
    const config = build({
      RATE_LIMIT_WINDOW_SECONDS: '10',
      RATE_LIMIT_READ: '5',
      RATE_LIMIT_WRITE: '4',
      RATE_LIMIT_VERIFY: '3',
      RATE_LIMIT_SIGN_UP: '2',
      RATE_LIMIT_ENABLED: 'false',
      REDIS_URL: 'redis://cache:6379/0',
      METRICS_PORT: '9464',
    });
    expect(config.rateLimit).toEqual({
      enabled: false,
      windowSeconds: 10,
      limits: { read: 5, write: 4, verify: 3, 'sign-up': 2 },
    });
    expect(config.redisUrl).toBe('redis://cache:6379/0');
    expect(config.metrics.port).toBe(9464);
  });

  it.each([
    [{ RATE_LIMIT_READ: '0' }, /RATE_LIMIT_READ/],
    [{ RATE_LIMIT_WINDOW_SECONDS: 'a minute' }, /RATE_LIMIT_WINDOW_SECONDS/],
    [{ REDIS_URL: 'http://cache:6379' }, /REDIS_URL/],
    [{ METRICS_PORT: '70000' }, /METRICS_PORT/],
    [{ RATE_LIMIT_ENABLED: 'yes' }, /RATE_LIMIT_ENABLED/],
  ])('rejects %j naming the setting', (raw, message) => {
    expect(() => validateEnvironment(raw)).toThrow(message);
  });

  it('needs both TLS files, and readable ones', () => {
    expect(() => build({ TLS_CERT_FILE: __filename })).toThrow(/set together/);
    expect(() =>
      build({ TLS_CERT_FILE: __filename, TLS_KEY_FILE: '/nonexistent/key.pem' }),
    ).toThrow(/TLS_KEY_FILE: cannot read/);
    expect(build({ TLS_CERT_FILE: __filename, TLS_KEY_FILE: __filename }).security.tls).toEqual({
      certFile: __filename,
      keyFile: __filename,
    });
  });

  it('accepts exact origins only: no wildcard, no path', () => {
    expect(corsOrigins('https://app.example.com, http://localhost:5173')).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    for (const bad of [
      '*',
      'https://*.example.com',
      'https://app.example.com/',
      'app.example.com',
    ]) {
      expect(() => corsOrigins(bad)).toThrow(ConfigError);
    }
  });

  it('trusts a proxy only when told which, and never everyone', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('loopback, 10.0.0.0/8, ::1')).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(() => trustProxy('true')).toThrow(/any X-Forwarded-For/);
    expect(() => trustProxy('10.0.0.0/33')).toThrow(ConfigError);
    expect(() => trustProxy('proxy.internal')).toThrow(ConfigError);
  });
});
