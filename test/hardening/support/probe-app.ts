import { Body, Controller, HttpCode, Module, Patch, Post, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../../src/app.module';
import { Public } from '../../../src/auth/public.decorator';
import { createApp } from '../../../src/create-app';
import { RateLimit } from '../../../src/rate-limit/rate-limit.decorator';
import { testConfig } from './emulator';

/**
 * Test-only routes shaped like the ones other modules add (writes, verification, sign-up), so the
 * real global guards can be exercised on them. They do nothing: what is under test is the guard.
 */
@Controller()
export class ProbeController {
  @Patch('me/probe')
  write(@Body() _body: unknown) {
    return { ok: true };
  }

  @Post('me/probe/:key/verify')
  @HttpCode(204)
  verify() {}

  @Public()
  @Post('sign-up/probe')
  @HttpCode(202)
  signUp() {}

  @Public()
  @RateLimit('sign-up')
  @Post('probe/public-limited')
  @HttpCode(202)
  publicLimited() {}
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}

/** The real AppModule plus extra modules, configured exactly like main.ts (configureApp). */
export async function appWith(
  env: Record<string, string>,
  extra: Type[] = [ProbeModule],
): Promise<NestFastifyApplication> {
  const config = testConfig(env);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config), ...extra],
  }).compile();
  const app = await createApp(config, (adapter, options) =>
    moduleRef.createNestApplication<NestFastifyApplication>(adapter, options),
  );
  await app.init();
  return app;
}
