import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { ApiProblemResponses } from '../common/errors/api-problem-responses.decorator';
import { ROUTE_PROBLEMS as P } from '../common/errors/route-problems';
import { ConfirmSignUpDto } from './dto/confirm-sign-up.dto';
import { ResendSignUpCodeDto } from './dto/resend-sign-up-code.dto';
import { SignUpDto } from './dto/sign-up.dto';
import { ResendSignUpCodeResponseDto, SignUpResponseDto } from './dto/sign-up-response.dto';
import { SignUpService } from './sign-up.service';

const PUBLIC_WRITE = [...P.any, ...P.limited, ...P.upstream, ...P.jsonBody] as const;

// Public routes: rate limiting per client IP is applied by the hardening layer.
@ApiTags('sign-up')
@Public()
@Controller('sign-up')
export class SignUpController {
  constructor(private readonly signUps: SignUpService) {}

  /** Creates an account (Amplify `signUp`); the user then confirms with the code sent to them. */
  @Post()
  @ApiCreatedResponse({
    type: SignUpResponseDto,
    description: 'Created; unless `nextStep.signUpStep` is `DONE`, confirm with the code sent',
  })
  @ApiProblemResponses(
    ...PUBLIC_WRITE,
    'attribute-not-writable',
    'username-exists',
    'invalid-username',
    'invalid-attribute-value',
    'invalid-password',
    'invalid-parameter',
    'code-delivery-failed',
  )
  signUp(@Body() body: SignUpDto): Promise<SignUpResponseDto> {
    return this.signUps.signUp(body);
  }

  /** Confirms the account with the code (Amplify `confirmSignUp`). An unknown user gets `code-mismatch`. */
  @Post('confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Confirmed; the user may sign in' })
  @ApiProblemResponses(
    ...PUBLIC_WRITE,
    'code-mismatch',
    'code-expired',
    'alias-exists',
    'invalid-parameter',
  )
  confirm(@Body() body: ConfirmSignUpDto): Promise<void> {
    return this.signUps.confirm(body);
  }

  /** Sends a new confirmation code (Amplify `resendSignUpCode`). */
  @Post('resend-code')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: ResendSignUpCodeResponseDto,
    description: 'A new code is on its way (an unknown username gets the same answer)',
  })
  @ApiProblemResponses(
    ...PUBLIC_WRITE,
    'invalid-parameter',
    'code-delivery-failed',
    'upstream-not-supported',
  )
  resendCode(@Body() body: ResendSignUpCodeDto): Promise<ResendSignUpCodeResponseDto> {
    return this.signUps.resendCode(body);
  }
}
