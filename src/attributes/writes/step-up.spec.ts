import { resolve } from 'node:path';
import { AppError } from '../../common/errors/app-error';
import { loadAttributePolicy } from '../../attribute-policy';
import { isRecentSignIn, stepUpAttributes, stepUpRequired } from './step-up';

const policy = loadAttributePolicy(resolve(__dirname, '../../../config/attribute-policy.json'));
const now = 1_800_000_000;

describe('step-up rule', () => {
  it('covers the attributes the policy marks stepUp', () => {
    expect(stepUpAttributes(policy, ['name', 'email', 'phone_number', 'nickname'])).toEqual([
      'email',
      'phone_number',
    ]);
  });

  it.each([
    ['signed in just now', now, true],
    ['signed in exactly 900 s ago', now - 900, true],
    ['signed in 901 s ago', now - 901, false],
    ['a day ago', now - 86_400, false],
    ['slightly in the future (clock skew)', now + 3, true],
    ['no auth_time at all', undefined, false],
  ])('%s → recent: %s', (_what, authTime, recent) => {
    expect(isRecentSignIn({ authTime, now, maxAgeSeconds: 900 })).toBe(recent);
  });

  it('is off with a max age of 0, even without auth_time', () => {
    expect(isRecentSignIn({ authTime: undefined, now, maxAgeSeconds: 0 })).toBe(true);
    expect(isRecentSignIn({ authTime: 0, now, maxAgeSeconds: 0 })).toBe(true);
  });

  it('lets other attributes change with an old sign-in', () => {
    expect(stepUpAttributes(policy, ['name', 'website'])).toEqual([]);
  });

  it("refuses with RFC 9470's challenge, naming every guarded attribute and never a value", () => {
    const error = stepUpRequired(stepUpAttributes(policy, ['name', 'email', 'phone_number']), 900);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('step-up-required');
    expect(error.status).toBe(401);
    expect(error.headers['WWW-Authenticate']).toBe(
      'Bearer realm="profile-bff", error="insufficient_user_authentication", ' +
        'error_description="Changing email, phone_number needs a sign-in within the last 900 seconds", max_age=900',
    );
    expect(error.errors?.map((e) => e.attribute)).toEqual(['email', 'phone_number']);
  });
});
