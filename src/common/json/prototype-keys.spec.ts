import {
  isObjectPrototypeKey,
  OBJECT_PROTOTYPE_KEYS,
  PROTOTYPE_POLLUTION_KEYS,
} from './prototype-keys';

describe('prototype keys', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s is an object prototype key',
    (key) => expect(isObjectPrototypeKey(key)).toBe(true),
  );

  it.each(['name', 'email', 'custom:role', 'Constructor', ''])('%j is not', (key) =>
    expect(isObjectPrototypeKey(key)).toBe(false),
  );

  it('ignores case only when asked', () => {
    expect(isObjectPrototypeKey('CONSTRUCTOR')).toBe(false);
    expect(isObjectPrototypeKey('CONSTRUCTOR', { ignoreCase: true })).toBe(true);
    expect(isObjectPrototypeKey('HasOwnProperty', { ignoreCase: true })).toBe(true);
  });

  it('the pollution keys are among them', () => {
    for (const key of PROTOTYPE_POLLUTION_KEYS) expect(OBJECT_PROTOTYPE_KEYS.has(key)).toBe(true);
    expect([...PROTOTYPE_POLLUTION_KEYS].sort()).toEqual(['__proto__', 'constructor', 'prototype']);
  });
});
