/**
 * Small readers for strictly validating parsed JSON. Each reads only own properties and
 * appends `path: message` to a problem list instead of throwing, so that one pass over a
 * file reports everything wrong with it.
 */

export type JsonObject = Readonly<Record<string, unknown>>;
export type Problems = string[];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `parent.key`, or `parent["key"]` when the key is not a plain identifier. */
export function keyPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key) && key !== '__proto__') {
    return parent === '' ? key : `${parent}.${key}`;
  }
  return `${parent}[${JSON.stringify(key)}]`;
}

export function report(problems: Problems, path: string, message: string): void {
  problems.push(`${path === '' ? '(root)' : path}: ${message}`);
}

export function checkKnownKeys(
  object: JsonObject,
  allowed: ReadonlySet<string>,
  path: string,
  problems: Problems,
): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key)) report(problems, keyPath(path, key), 'unknown key');
  }
}

/** The own value at `key`, never one inherited from a prototype. */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

interface ReadOptions {
  required?: boolean;
}

function present(
  object: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  options: ReadOptions,
): boolean {
  if (Object.hasOwn(object, key)) return true;
  if (options.required) report(problems, keyPath(path, key), 'is required');
  return false;
}

export function readBoolean(
  object: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  options: ReadOptions = {},
): boolean | undefined {
  if (!present(object, key, path, problems, options)) return undefined;
  const value = ownValue(object, key);
  if (typeof value === 'boolean') return value;
  report(problems, keyPath(path, key), 'must be true or false');
  return undefined;
}

export function readString(
  object: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  options: ReadOptions & { maxLength?: number } = {},
): string | undefined {
  if (!present(object, key, path, problems, options)) return undefined;
  const value = ownValue(object, key);
  if (typeof value !== 'string') {
    report(problems, keyPath(path, key), 'must be a string');
  } else if (options.maxLength !== undefined && value.length > options.maxLength) {
    report(problems, keyPath(path, key), `must be at most ${options.maxLength} characters`);
  } else {
    return value;
  }
  return undefined;
}

export function readChoice<T extends string>(
  object: JsonObject,
  key: string,
  choices: readonly T[],
  path: string,
  problems: Problems,
  options: ReadOptions = {},
): T | undefined {
  if (!present(object, key, path, problems, options)) return undefined;
  const value = ownValue(object, key);
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) {
    const expected = choices.map((candidate) => JSON.stringify(candidate)).join(', ');
    report(problems, keyPath(path, key), `must be one of ${expected}`);
  }
  return choice;
}

export function readInteger(
  object: JsonObject,
  key: string,
  path: string,
  problems: Problems,
  options: ReadOptions & { min?: number; max?: number } = {},
): number | undefined {
  if (!present(object, key, path, problems, options)) return undefined;
  const value = ownValue(object, key);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) {
    return value;
  }
  report(problems, keyPath(path, key), `must be a whole number from ${min} to ${max}`);
  return undefined;
}

export function readStringList(
  object: JsonObject,
  key: string,
  path: string,
  problems: Problems,
): string[] | undefined {
  if (!present(object, key, path, problems, {})) return undefined;
  const value = ownValue(object, key);
  if (!Array.isArray(value) || value.length === 0) {
    report(problems, keyPath(path, key), 'must be a non-empty array of strings');
    return undefined;
  }
  const strings = value.filter((item): item is string => typeof item === 'string' && item !== '');
  if (strings.length !== value.length) {
    report(problems, keyPath(path, key), 'must hold only non-empty strings');
    return undefined;
  }
  if (new Set(strings).size !== strings.length) {
    report(problems, keyPath(path, key), 'must not repeat a value');
    return undefined;
  }
  return strings;
}
