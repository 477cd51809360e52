import { ApplicationConfig } from '@nestjs/core';
import { createApp } from '../src/create-app';
import { offlineAppConfig } from '../src/openapi/openapi-generate';

/**
 * The global guards run in the one order src/app.module.ts lists, whatever order the modules are
 * imported in: the request context first, then the token, then the rate limit (it counts per
 * verified user), then the admin group.
 */
describe('global guards', () => {
  it('are registered in the declared order', async () => {
    const app = await createApp(offlineAppConfig());
    try {
      const guards = app.get(ApplicationConfig).getGlobalGuards();
      expect(guards.map((guard) => guard.constructor.name)).toEqual([
        'RequestContextGuard',
        'AccessTokenGuard',
        'RateLimitGuard',
        'AdminGroupGuard',
      ]);
    } finally {
      await app.close();
    }
  });
});
