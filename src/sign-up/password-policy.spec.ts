import { checkPassword, PasswordPolicy } from './password-policy';

const STRICT: PasswordPolicy = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

const codes = (password: string, policy: PasswordPolicy | undefined = STRICT) =>
  checkPassword(policy, password).map((p) => p.code);

describe('checkPassword', () => {
  it('accepts a password that meets every rule', () => {
    expect(codes('Correct-Horse-7')).toEqual([]);
  });

  it('lists every broken rule at once', () => {
    expect(codes('abc')).toEqual([
      'password-too-short',
      'password-needs-uppercase',
      'password-needs-number',
      'password-needs-symbol',
    ]);
  });

  it.each([...'^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'])('counts %p as a symbol', (symbol) => {
    expect(codes(`Abcdefg1${symbol}`)).toEqual([]);
  });

  it('counts an inner space as a symbol, but not a leading or trailing one', () => {
    expect(codes('Correct Horse 7')).toEqual([]);
    expect(codes(' CorrectHorse7')).toEqual([
      'password-surrounding-whitespace',
      'password-needs-symbol',
    ]);
    expect(codes('CorrectHorse7 ')).toEqual([
      'password-surrounding-whitespace',
      'password-needs-symbol',
    ]);
  });

  it('counts only basic Latin letters and ASCII digits, as Cognito does', () => {
    expect(codes('ÉÇÑ-éçñ-٣٣')).toEqual([
      'password-needs-uppercase',
      'password-needs-lowercase',
      'password-needs-number',
    ]);
  });

  it('follows the pool: only what it requires is checked', () => {
    expect(codes('alllowercase', { minimumLength: 6 })).toEqual([]);
    expect(codes('short', { minimumLength: 6 })).toEqual(['password-too-short']);
  });

  it('refuses more than 256 characters whatever the policy', () => {
    expect(codes(`Aa1-${'x'.repeat(253)}`)).toEqual(['password-too-long']);
    expect(codes(`Aa1-${'x'.repeat(252)}`)).toEqual([]);
  });

  it('never repeats the password in a message', () => {
    const password = 'zz';
    for (const problem of checkPassword(STRICT, password)) {
      expect(problem.message).not.toContain(password);
    }
  });
});
