/**
 * Keys that mean something to every JavaScript object: Object.prototype's own names (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`…) and `prototype`. A client naming one as a key, an
 * attribute name or a username is probing; such names are refused wherever a client's name is used.
 */
export const OBJECT_PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/**
 * The three that change what an object inherits when a parsed body is merged or assigned
 * (prototype pollution); JSON.parse keeps them as plain own keys.
 */
export const PROTOTYPE_POLLUTION_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const LOWER_CASED: ReadonlySet<string> = new Set(
  [...OBJECT_PROTOTYPE_KEYS].map((key) => key.toLowerCase()),
);

/**
 * Whether `key` is one of OBJECT_PROTOTYPE_KEYS; `ignoreCase` for names a store may lower-case
 * (a case-insensitive user pool).
 */
export function isObjectPrototypeKey(key: string, options: { ignoreCase?: boolean } = {}): boolean {
  return options.ignoreCase ? LOWER_CASED.has(key.toLowerCase()) : OBJECT_PROTOTYPE_KEYS.has(key);
}
