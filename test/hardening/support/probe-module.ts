import { Body, Controller, HttpCode, Module, Patch, Post } from '@nestjs/common';
import { Public } from '../../../src/auth/public.decorator';
import { RateLimit } from '../../../src/rate-limit/rate-limit.decorator';

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
