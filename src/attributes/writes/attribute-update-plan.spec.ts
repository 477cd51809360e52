import {
  describeUpdateResults,
  hasSomethingToVerify,
  planAttributeUpdate,
  stateAfterDelete,
  stateAfterUpdate,
  stateAfterVerify,
  undoPlainUpdate,
} from './attribute-update-plan';

const verifiable = new Set(['email', 'phone_number']);
const current = { email: 'old@example.com', email_verified: 'true', name: 'Ada', locale: 'en' };

describe('planAttributeUpdate', () => {
  it('sends plain attributes first and verification-required ones in a second call', () => {
    const plan = planAttributeUpdate(
      { name: 'Ada L', email: 'new@example.com', website: 'https://a.example' },
      current,
      verifiable,
    );
    expect({ ...plan.plain }).toEqual({ name: 'Ada L', website: 'https://a.example' });
    expect({ ...plan.needingVerification }).toEqual({ email: 'new@example.com' });
  });

  it('leaves out values Cognito already holds (no needless code for an unchanged email)', () => {
    const plan = planAttributeUpdate(
      { name: 'Ada', email: 'old@example.com', locale: 'fr' },
      current,
      verifiable,
    );
    expect({ ...plan.plain }).toEqual({ locale: 'fr' });
    expect({ ...plan.needingVerification }).toEqual({});
  });

  it('keeps a *_verified flag in the same call as its attribute', () => {
    const plan = planAttributeUpdate(
      { email: 'new@example.com', email_verified: 'true', name: 'B' },
      { ...current, email_verified: 'false' },
      verifiable,
    );
    expect({ ...plan.needingVerification }).toEqual({
      email: 'new@example.com',
      email_verified: 'true',
    });
    expect({ ...plan.plain }).toEqual({ name: 'B' });
  });

  it('sends an unchanged flag with its changing attribute (else Cognito resets it)', () => {
    const plan = planAttributeUpdate(
      { email: 'new@example.com', email_verified: 'true' },
      current,
      verifiable,
    );
    expect({ ...plan.needingVerification }).toEqual({
      email: 'new@example.com',
      email_verified: 'true',
    });
  });

  it('sends a flag alone together with the current value of its attribute', () => {
    const plan = planAttributeUpdate(
      { email_verified: 'true' },
      { ...current, email_verified: 'false' },
      verifiable,
    );
    expect({ ...plan.needingVerification }).toEqual({
      email_verified: 'true',
      email: 'old@example.com',
    });
  });

  it('uses the pool setting: an attribute outside the verifiable set is plain', () => {
    const plan = planAttributeUpdate({ phone_number: '+14155550100' }, current, new Set(['email']));
    expect({ ...plan.plain }).toEqual({ phone_number: '+14155550100' });
  });

  it('builds maps without a prototype, so __proto__ stays a plain key', () => {
    const requested = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    const plan = planAttributeUpdate(requested, {}, verifiable);
    expect(Object.getPrototypeOf(plan.plain)).toBeNull();
    expect(Object.keys(plan.plain)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('undoPlainUpdate', () => {
  it('restores old values and removes attributes that did not exist', () => {
    const undo = undoPlainUpdate({ name: 'B', website: 'https://a.example' }, current);
    expect({ ...undo.restore }).toEqual({ name: 'Ada' });
    expect(undo.remove).toEqual(['website']);
  });
});

describe('describeUpdateResults', () => {
  const delivery = {
    attributeName: 'email',
    deliveryMedium: 'EMAIL' as const,
    destination: 'n***@e***',
  };

  it('reports a pending email change as not updated, with the code delivery', () => {
    const results = describeUpdateResults(
      { email: 'new@example.com', name: 'B' },
      { ...current, name: 'B' },
      [delivery],
      verifiable,
    );
    expect(results.email).toEqual({
      isUpdated: false,
      nextStep: {
        updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
        codeDeliveryDetails: delivery,
      },
    });
    expect(results.name).toEqual({ isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } });
  });

  it('reports an applied but unverified phone number as updated, still to confirm', () => {
    const results = describeUpdateResults(
      { phone_number: '+14155550100' },
      { ...current, phone_number: '+14155550100', phone_number_verified: 'false' },
      [delivery],
      verifiable,
    );
    // The delivery names email (cognito-local's auto-verified channel), so it is not attached.
    expect(results.phone_number).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE' },
    });
  });

  it('reports an email set together with email_verified=true as done', () => {
    const results = describeUpdateResults(
      { email: 'new@example.com', email_verified: 'true' },
      { email: 'new@example.com', email_verified: 'true' },
      [],
      verifiable,
    );
    expect(results.email.nextStep.updateAttributeStep).toBe('DONE');
    expect(results.email_verified).toEqual({
      isUpdated: true,
      nextStep: { updateAttributeStep: 'DONE' },
    });
  });
});

describe('hasSomethingToVerify', () => {
  it('is true for a present, unverified value', () => {
    expect(
      hasSomethingToVerify(
        'phone_number',
        { phone_number: '+1415', phone_number_verified: 'false' },
        false,
      ),
    ).toBe(true);
    expect(hasSomethingToVerify('phone_number', { phone_number: '+1415' }, false)).toBe(true);
  });

  it('is false for a verified or missing value when no pending change is possible', () => {
    expect(hasSomethingToVerify('email', current, false)).toBe(false);
    expect(hasSomethingToVerify('phone_number', current, false)).toBe(false);
  });

  it('is always true when the pool may hold an invisible pending change', () => {
    expect(hasSomethingToVerify('email', current, true)).toBe(true);
  });
});

describe('the state after a write, when known without a read-back', () => {
  it('is the old state with the plain attributes set', () => {
    const plan = planAttributeUpdate(
      { name: 'Ada L', website: 'https://a.example' },
      current,
      verifiable,
    );
    expect({ ...stateAfterUpdate(current, plan) }).toEqual({
      ...current,
      name: 'Ada L',
      website: 'https://a.example',
    });
    expect({ ...stateAfterUpdate(current, planAttributeUpdate({}, current, verifiable)) }).toEqual(
      current,
    );
  });

  it('is unknown once a verifiable attribute or flag was sent', () => {
    const email = planAttributeUpdate({ email: 'new@example.com', name: 'B' }, current, verifiable);
    expect(stateAfterUpdate(current, email)).toBeUndefined();
    const flag = planAttributeUpdate({ email_verified: 'false' }, current, verifiable);
    expect(stateAfterUpdate(current, flag)).toBeUndefined();
  });

  it('after a delete is the old state without the names, unless one is verifiable', () => {
    expect({ ...stateAfterDelete(current, ['locale', 'website'], verifiable) }).toEqual({
      email: 'old@example.com',
      email_verified: 'true',
      name: 'Ada',
    });
    expect(stateAfterDelete(current, ['locale', 'email'], verifiable)).toBeUndefined();
    expect(stateAfterDelete(current, ['phone_number_verified'], verifiable)).toBeUndefined();
  });

  it('after a verify is the value with its flag turned true', () => {
    const phone = { phone_number: '+15550100', phone_number_verified: 'false', name: 'Ada' };
    expect({ ...stateAfterVerify(phone, 'phone_number') }).toEqual({
      ...phone,
      phone_number_verified: 'true',
    });
  });
});
