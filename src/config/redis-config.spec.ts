import { localConfig } from '../../test/support/unit-config';
import { redisSettings } from './redis-config';

const build = localConfig;

describe('Redis settings', () => {
  it('are absent without REDIS_URL', () => {
    expect(build({}).redis).toBeUndefined();
  });

  it('parse a standalone URL with credentials, TLS and a database', () => {
    expect(build({ REDIS_URL: 'rediss://app:p%40ss@cache.example.com:6380/2' }).redis).toEqual({
      cluster: false,
      nodes: [{ host: 'cache.example.com', port: 6380 }],
      tls: true,
      username: 'app',
      password: 'p@ss',
      db: 2,
    });
  });

  it('take cluster seeds from one URL or a comma-separated list', () => {
    expect(
      build({
        REDIS_URL: 'rediss://my-cache.serverless.use1.cache.amazonaws.com:6379',
        REDIS_CLUSTER: 'true',
      }).redis,
    ).toMatchObject({ cluster: true, tls: true, nodes: [{ port: 6379 }], db: 0 });
    expect(
      build({
        REDIS_URL: 'redis://10.0.0.1:7000, redis://10.0.0.2:7001,redis://[::1]:7002',
        REDIS_CLUSTER: 'true',
      }).redis?.nodes,
    ).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
  });

  it.each([
    [{ REDIS_URL: 'http://cache:6379' }, /REDIS_URL/],
    [{ REDIS_URL: 'redis://a:6379,redis://b:6379' }, /REDIS_CLUSTER=true/],
    [{ REDIS_CLUSTER: 'true' }, /REDIS_CLUSTER=true needs REDIS_URL/],
    [{ REDIS_CLUSTER: 'yes', REDIS_URL: 'redis://a:6379' }, /REDIS_CLUSTER/],
    [{ REDIS_URL: 'redis://a:6379/1', REDIS_CLUSTER: 'true' }, /only database 0/],
    [{ REDIS_URL: 'redis://a:6379,rediss://b:6379', REDIS_CLUSTER: 'true' }, /same scheme/],
    [{ REDIS_URL: 'redis://a:6379/cache' }, /database number/],
    [{ REDIS_URL: 'redis://a:6379?db=1' }, /REDIS_URL/],
  ])('refuse %j at start-up, naming the setting', (env, message) => {
    expect(() => build(env)).toThrow(message);
  });

  it('never keep a list without the cluster flag', () => {
    expect(() => redisSettings('redis://a,redis://b', false)).toThrow(/several nodes/);
  });
});
