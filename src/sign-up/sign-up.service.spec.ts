import { resolve } from 'node:path';
import { loadAttributePolicy } from '../attribute-policy';
import { AppError } from '../common/errors/app-error';
import type { IdentityProvider, PoolDescription } from '../identity-provider/identity-provider';
import { PoolSettings } from '../identity-provider/pool-settings';
import { AuditLogger } from '../common/audit/audit-logger';
import { InMemoryCodeAttemptLimiter } from '../rate-limit/code-attempt-limiter';
import { SignUpService } from './sign-up.service';

const policy = loadAttributePolicy(resolve(__dirname, '../../config/attribute-policy.json'));

const POOL: PoolDescription = {
  schema: [],
  usernameAttributes: ['email'],
  autoVerifiedAttributes: ['email'],
  attributesRequireVerificationBeforeUpdate: ['email'],
  passwordPolicy: { minimumLength: 8, requireNumbers: true },
};

function fakeIdp(overrides: Partial<Record<keyof IdentityProvider, jest.Mock>> = {}) {
  return {
    describePool: jest.fn().mockResolvedValue(POOL),
    signUp: jest.fn().mockResolvedValue({ userSub: 'sub-1', userConfirmed: false }),
    confirmSignUp: jest.fn().mockResolvedValue(undefined),
    resendSignUpCode: jest.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

function serviceWith(idp: ReturnType<typeof fakeIdp>): SignUpService {
  const port = idp as unknown as IdentityProvider;
  return new SignUpService(
    port,
    new PoolSettings(port),
    policy,
    new AuditLogger(),
    new InMemoryCodeAttemptLimiter(),
  );
}

const body = { username: 'new@example.com', password: 'password1' };

describe('SignUpService', () => {
  it('sends exactly the checked attributes, with the email taken from the username', async () => {
    const idp = fakeIdp();
    const result = await serviceWith(idp).signUp({
      ...body,
      attributes: { 'custom:display_name': 'newbie' },
      clientMetadata: { source: 'web' },
    });
    expect(idp.signUp).toHaveBeenCalledWith({
      username: 'new@example.com',
      password: 'password1',
      attributes: { 'custom:display_name': 'newbie', email: 'new@example.com' },
      clientMetadata: { source: 'web' },
    });
    expect(result).toEqual({
      userSub: 'sub-1',
      userConfirmed: false,
      nextStep: { signUpStep: 'CONFIRM_SIGN_UP' },
    });
  });

  it('says DONE when Cognito confirmed the user already (a pre sign-up trigger)', async () => {
    const idp = fakeIdp({
      signUp: jest.fn().mockResolvedValue({ userSub: 's', userConfirmed: true }),
    });
    expect((await serviceWith(idp).signUp(body)).nextStep).toEqual({ signUpStep: 'DONE' });
  });

  it('refuses forbidden attributes before asking Cognito anything', async () => {
    const idp = fakeIdp();
    await expect(
      serviceWith(idp).signUp({ ...body, attributes: { 'custom:role': 'admin' } }),
    ).rejects.toMatchObject({ code: 'attribute-not-writable', status: 403 });
    expect(idp.describePool).not.toHaveBeenCalled();
    expect(idp.signUp).not.toHaveBeenCalled();
  });

  it('fails without creating anyone when the pool rules cannot be read, and retries next time', async () => {
    const outage = new AppError('upstream-unavailable', { retryAfter: 5 });
    const idp = fakeIdp({
      describePool: jest.fn().mockRejectedValueOnce(outage).mockResolvedValue(POOL),
    });
    const service = serviceWith(idp);
    await expect(service.signUp(body)).rejects.toBe(outage);
    expect(idp.signUp).not.toHaveBeenCalled();
    await service.signUp(body);
    await service.signUp(body);
    expect(idp.describePool).toHaveBeenCalledTimes(2);
    expect(idp.signUp).toHaveBeenCalledTimes(2);
  });

  it.each(['user-not-found', 'forbidden'] as const)(
    'turns %s on confirm into code-mismatch, so existence does not leak',
    async (code) => {
      const idp = fakeIdp({ confirmSignUp: jest.fn().mockRejectedValue(new AppError(code)) });
      await expect(
        serviceWith(idp).confirm({ username: 'x@example.com', code: '1' }),
      ).rejects.toMatchObject({
        code: 'code-mismatch',
        status: 400,
      });
    },
  );

  it('passes other confirm errors on', async () => {
    const idp = fakeIdp({
      confirmSignUp: jest.fn().mockRejectedValue(new AppError('too-many-requests')),
    });
    await expect(
      serviceWith(idp).confirm({ username: 'x@example.com', code: '1' }),
    ).rejects.toMatchObject({ code: 'too-many-requests' });
  });

  it('passes code-expired on for an account that waits for confirmation', async () => {
    const idp = fakeIdp({
      confirmSignUp: jest.fn().mockRejectedValue(new AppError('code-expired')),
      adminGetUser: jest
        .fn()
        .mockResolvedValue({ username: 'u', attributes: {}, status: 'UNCONFIRMED' }),
    });
    await expect(
      serviceWith(idp).confirm({ username: 'x@example.com', code: '1' }),
    ).rejects.toMatchObject({ code: 'code-expired' });
    expect(idp.adminGetUser).toHaveBeenCalledWith('x@example.com');
  });

  it.each([
    ['an already confirmed account', jest.fn().mockResolvedValue({ status: 'CONFIRMED' })],
    ['an account that cannot be looked up', jest.fn().mockRejectedValue(new AppError('forbidden'))],
  ])('turns code-expired for %s into code-mismatch', async (_what, adminGetUser) => {
    const idp = fakeIdp({
      confirmSignUp: jest.fn().mockRejectedValue(new AppError('code-expired')),
      adminGetUser,
    });
    await expect(
      serviceWith(idp).confirm({ username: 'x@example.com', code: '1' }),
    ).rejects.toMatchObject({ code: 'code-mismatch' });
  });

  it('answers resend for an unknown user like for a known one', async () => {
    const known = fakeIdp({
      resendSignUpCode: jest.fn().mockResolvedValue({
        attributeName: 'email',
        deliveryMedium: 'EMAIL',
        destination: 'x***@e***',
      }),
    });
    const unknown = fakeIdp({
      resendSignUpCode: jest.fn().mockRejectedValue(new AppError('user-not-found')),
    });
    const a = await serviceWith(known).resendCode({ username: 'x@example.com' });
    const b = await serviceWith(unknown).resendCode({ username: 'x@example.com' });
    expect(b).toEqual(a);
  });
});
