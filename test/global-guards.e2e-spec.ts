import { ApplicationConfig } from '@nestjs/core';
import { buildAppConfig, validateEnvironment } from '../src/config/app-config';
import { createApp } from '../src/create-app';

/**
 * The global guards run in the one order src/app.module.ts lists, whatever order the modules are
 * imported in: the request context first, then the token, then the rate limit (it counts per
 * verified user), then the admin group.
 */
describe('global guards', () => {
  it('are registered in the declared order', async () => {
    const env = validateEnvironment({
      LOG_LEVEL: 'silent',
      // Nothing is contacted: building the app does not call Cognito.
      COGNITO_ENDPOINT: 'http://127.0.0.1:9',
      COGNITO_USER_POOL_ID: 'us-east-1_Guards',
      COGNITO_CLIENT_ID: 'guards',
    });
    const app = await createApp(buildAppConfig(env));
    try {
      const guards = app.get(ApplicationConfig).getGlobalGuards();
      expect(guards.map((guard) => guard.constructor.name).slice(0, 4)).toEqual([
        'ClsGuard',
        'AccessTokenGuard',
        'RateLimitGuard',
        'AdminGroupGuard',
      ]);
    } finally {
      await app.close();
    }
  });
});
