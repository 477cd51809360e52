import { Inject, Injectable } from '@nestjs/common';
import {
  ATTRIBUTE_POLICY,
  type AttributePolicy,
  checkSignUp,
  normalizeAttributeValues,
  type PolicyViolation,
  validateAttributeNames,
  validateAttributeValues,
} from '../attribute-policy';
import { AuditLogger } from '../common/audit/audit-logger';
import { AppError, ProblemItem } from '../common/errors/app-error';
import type { ErrorCode } from '../common/errors/error-codes';
import {
  Attributes,
  CodeDeliveryDetails,
  IdentityProvider,
  PoolDescription,
} from '../identity-provider/identity-provider';
import { PoolSettings } from '../identity-provider/pool-settings';
import { maskDestination } from '../common/code-delivery/mask-destination';
import { codeAttemptKey, CodeAttemptLimiter } from '../rate-limit/code-attempt-limiter';
import { simulatedDelivery } from './code-delivery';
import type { ConfirmSignUpDto } from './dto/confirm-sign-up.dto';
import type { ResendSignUpCodeDto } from './dto/resend-sign-up-code.dto';
import type { SignUpDto } from './dto/sign-up.dto';
import type { ResendSignUpCodeResponseDto, SignUpResponseDto } from './dto/sign-up-response.dto';
import { checkPassword } from './password-policy';
import { checkUsername, normalizeUsername, usernameAttributeOf } from './username-rules';

/**
 * Sign-up, confirmation and code resend for new users (Amplify `signUp`, `confirmSignUp`,
 * `resendSignUpCode`). A request is checked completely before Cognito is called: nothing is
 * created unless every part of it is acceptable.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly idp: IdentityProvider,
    private readonly pool: PoolSettings,
    @Inject(ATTRIBUTE_POLICY) private readonly policy: AttributePolicy,
    private readonly audit: AuditLogger,
    private readonly attempts: CodeAttemptLimiter,
  ) {}

  /** Creates the account; one audit event (attribute names and the new sub, never values). */
  signUp(body: SignUpDto): Promise<SignUpResponseDto> {
    const attributeNames = Object.keys(body.attributes ?? {});
    return this.audit.track({ action: 'self.sign-up', attributeNames }, async (subject) => {
      const response = await this.createAccount(body);
      subject.username = response.userSub;
      return response;
    });
  }

  /** Confirms the account; one audit event (outcome only: the username is an email). */
  confirm(body: ConfirmSignUpDto): Promise<void> {
    // 5 wrong codes per username per 15 min (on every instance with Redis), also for unknown
    // usernames, which answer like a wrong code.
    const key = codeAttemptKey('sign-up-confirm', body.username);
    return this.audit.track({ action: 'self.sign-up.confirm' }, () =>
      this.attempts.guard(key, () => this.confirmAccount(body)),
    );
  }

  private async createAccount(body: SignUpDto): Promise<SignUpResponseDto> {
    // Checked and sent as stored (emails lower-cased), as PATCH does.
    const given = normalizeAttributeValues(this.policy, body.attributes ?? {});
    // Malformed names (400) and forbidden ones (403) need no pool rules, so they go first.
    refuse('validation-failed', validateAttributeNames(Object.keys(given)));
    refuse('attribute-not-writable', notAllowedAtSignUp(this.policy, Object.keys(given)));
    const rules = await this.pool.get();
    const username = normalizeUsername(rules.usernameAttributes, body.username);
    refuse('invalid-username', checkUsername(rules.usernameAttributes, username));
    const attributes = this.attributesToStore(rules, username, given);
    refuse('invalid-password', checkPassword(rules.passwordPolicy, body.password));
    const result = await this.idp.signUp({
      username,
      password: body.password,
      attributes,
      clientMetadata: body.clientMetadata,
    });
    const delivery = result.codeDeliveryDetails && maskDestination(result.codeDeliveryDetails);
    return {
      userSub: result.userSub,
      userConfirmed: result.userConfirmed,
      nextStep: {
        signUpStep: result.userConfirmed ? 'DONE' : 'CONFIRM_SIGN_UP',
        ...(delivery ? { codeDeliveryDetails: delivery } : {}),
      },
    };
  }

  /**
   * Confirms with the code. An unknown or already confirmed user gets the same answer as a wrong
   * code: Cognito says UserNotFound or NotAuthorized (cognito-local: NotAuthorized, and
   * ExpiredCode for a confirmed account), and passing that on would tell anyone which usernames
   * exist.
   */
  private async confirmAccount(body: ConfirmSignUpDto): Promise<void> {
    try {
      await this.idp.confirmSignUp(body.username, body.code, body.clientMetadata);
    } catch (error) {
      if (error instanceof AppError && (await this.hidesAccountState(error, body.username))) {
        throw new AppError('code-mismatch', { cause: error });
      }
      throw error;
    }
  }

  /**
   * Whether `error` would reveal the account's state. `code-expired` is passed on only for an
   * account known to wait for confirmation (the user should ask for a new code); when that can't
   * be told (no such user, or no AdminGetUser permission) it is hidden too.
   */
  private async hidesAccountState(error: AppError, username: string): Promise<boolean> {
    if (error.code === 'user-not-found' || error.code === 'forbidden') return true;
    if (error.code !== 'code-expired') return false;
    const status = await this.idp.adminGetUser(username).then(
      (user) => user.status,
      () => undefined,
    );
    return status !== 'UNCONFIRMED';
  }

  /**
   * Sends a new code. For an unknown user it answers as Cognito does when the app client
   * prevents user-existence errors: a code "sent" to a masked address made from the username.
   */
  async resendCode(body: ResendSignUpCodeDto): Promise<ResendSignUpCodeResponseDto> {
    let delivery: CodeDeliveryDetails | undefined;
    try {
      delivery = await this.idp.resendSignUpCode(body.username, body.clientMetadata);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'user-not-found')) throw error;
      delivery = simulatedDelivery(body.username);
    }
    return delivery ? { codeDeliveryDetails: maskDestination(delivery) } : {};
  }

  /**
   * The attributes to send: what the caller gave, plus the username's attribute when the pool
   * signs in by it (Cognito would store it anyway), after every value and required attribute
   * is checked. Stored once as given, never merged into a prototype-bearing object.
   */
  private attributesToStore(
    rules: PoolDescription,
    username: string,
    given: Readonly<Record<string, unknown>>,
  ): Attributes {
    const attributes = Object.assign(Object.create(null) as Record<string, unknown>, given);
    const problems: PolicyViolation[] = [];
    const alias = usernameAttributeOf(rules.usernameAttributes, username);
    if (alias && attributes[alias] === undefined) {
      attributes[alias] = username;
    } else if (alias && attributes[alias] !== username) {
      problems.push({
        attribute: alias,
        code: 'username-mismatch',
        message: `must equal the username (this pool signs users in by ${alias}); leave it out`,
      });
    }
    problems.push(...validateAttributeValues(this.policy, attributes));
    problems.push(...requiredMissing(this.policy, Object.keys(attributes)));
    refuse('invalid-attribute-value', problems);
    return attributes as Attributes;
  }
}

/** Throws `code` listing `problems`, if there are any. */
function refuse(code: ErrorCode, problems: ProblemItem[]): void {
  if (problems.length > 0) throw new AppError(code, { errors: problems });
}

function notAllowedAtSignUp(policy: AttributePolicy, names: string[]): PolicyViolation[] {
  return checkSignUp(policy, names).filter((v) => v.code !== 'required-attribute-missing');
}

function requiredMissing(policy: AttributePolicy, names: string[]): PolicyViolation[] {
  return checkSignUp(policy, names).filter((v) => v.code === 'required-attribute-missing');
}
