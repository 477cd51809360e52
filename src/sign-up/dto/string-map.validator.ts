import { registerDecorator, ValidationOptions } from 'class-validator';

export interface StringMapLimits {
  maxEntries: number;
  maxKeyLength: number;
  maxValueLength: number;
}

/** Cognito's ClientMetadata limits: string pairs, keys and values of bounded length. */
export const CLIENT_METADATA_LIMITS: StringMapLimits = {
  maxEntries: 50,
  maxKeyLength: 128,
  maxValueLength: 256,
};

// Keys every JavaScript object already has: a body naming one is probing for prototype
// pollution, so it is refused rather than passed on.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'constructor',
]);

/** Why `value` is not a map of strings within `limits`, or undefined when it is. Never echoes values. */
export function stringMapProblem(value: unknown, limits: StringMapLimits): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'must be an object whose values are strings';
  }
  const entries = Object.entries(value);
  if (entries.length > limits.maxEntries) return `must have at most ${limits.maxEntries} entries`;
  for (const [key, item] of entries) {
    if (key.length === 0 || key.length > limits.maxKeyLength) {
      return `keys must be 1 to ${limits.maxKeyLength} characters`;
    }
    if (FORBIDDEN_KEYS.has(key)) return 'keys must not be Object.prototype names';
    if (typeof item !== 'string') return 'values must be strings';
    if (item.length > limits.maxValueLength) {
      return `values must be at most ${limits.maxValueLength} characters`;
    }
  }
  return undefined;
}

/** class-validator check for a `Record<string, string>` field within `limits`. */
export function IsStringMap(
  limits: StringMapLimits,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isStringMap',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => stringMapProblem(value, limits) === undefined,
        defaultMessage: (args) => `${args?.property} ${stringMapProblem(args?.value, limits)}`,
      },
    });
  };
}
