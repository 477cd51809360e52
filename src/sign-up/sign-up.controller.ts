import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { accepted, created, noContent, PublicWrite } from '../common/http/routes';
import { ConfirmSignUpDto } from './dto/confirm-sign-up.dto';
import { ResendSignUpCodeDto } from './dto/resend-sign-up-code.dto';
import { SignUpDto } from './dto/sign-up.dto';
import { ResendSignUpCodeResponseDto, SignUpResponseDto } from './dto/sign-up-response.dto';
import { SignUpService } from './sign-up.service';

@ApiTags('sign-up')
@Controller('sign-up')
export class SignUpController {
  constructor(private readonly signUps: SignUpService) {}

  /** Creates an account (Amplify `signUp`); the user then confirms with the code sent to them. */
  @PublicWrite('/', {
    operationId: 'signUp',
    returns: created(
      SignUpResponseDto,
      'Created; unless `nextStep.signUpStep` is `DONE`, confirm with the code sent',
    ),
    problems: [
      'attribute-not-writable',
      'username-exists',
      'invalid-username',
      'invalid-attribute-value',
      'invalid-password',
      'invalid-parameter',
      'code-delivery-failed',
    ],
  })
  signUp(@Body() body: SignUpDto): Promise<SignUpResponseDto> {
    return this.signUps.signUp(body);
  }

  /** Confirms the account with the code (Amplify `confirmSignUp`). An unknown user gets `code-mismatch`. */
  @PublicWrite('confirm', {
    operationId: 'confirmSignUp',
    returns: noContent('Confirmed; the user may sign in'),
    problems: ['code-mismatch', 'code-expired', 'alias-exists', 'invalid-parameter'],
  })
  confirm(@Body() body: ConfirmSignUpDto): Promise<void> {
    return this.signUps.confirm(body);
  }

  /** Sends a new confirmation code (Amplify `resendSignUpCode`). */
  @PublicWrite('resend-code', {
    operationId: 'resendSignUpCode',
    returns: accepted(
      ResendSignUpCodeResponseDto,
      'A new code is on its way (an unknown username gets the same answer)',
    ),
    problems: ['invalid-parameter', 'code-delivery-failed', 'upstream-not-supported'],
  })
  resendCode(@Body() body: ResendSignUpCodeDto): Promise<ResendSignUpCodeResponseDto> {
    return this.signUps.resendCode(body);
  }
}
