import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { isJsonObject } from '../json/json-shape';
import { isObjectPrototypeKey } from '../json/prototype-keys';

/** Limits for a free-form `{ key: string }` object in a request body. */
export interface StringMapRules {
  minEntries?: number;
  maxEntries: number;
  maxKeyLength?: number;
  maxValueLength?: number;
  /** Refuse `__proto__`, `constructor`, `prototype`, `toString`, ... as keys. */
  refusePrototypeKeys?: boolean;
}

/**
 * A copy of a parsed JSON object without a prototype, keeping every own key: whatever key a
 * client sends can then never reach Object.prototype when the map is read or copied later.
 * (`__proto__`, `constructor` and `prototype` are refused earlier, by the reserved-keys body middleware.)
 */
export function toNullPrototypeMap(value: unknown): unknown {
  if (!isJsonObject(value)) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = value[key];
  return copy;
}

/** What is wrong with the map, in words that never repeat a key or a value; undefined if fine. */
export function stringMapProblem(value: unknown, rules: StringMapRules): string | undefined {
  if (!isJsonObject(value)) return 'must be a JSON object of strings';
  const keys = Object.keys(value);
  const min = rules.minEntries ?? 0;
  if (keys.length < min || keys.length > rules.maxEntries) {
    return min > 0
      ? `must have between ${min} and ${rules.maxEntries} entries`
      : `must have at most ${rules.maxEntries} entries`;
  }
  for (const key of keys) {
    if (key === '' || (rules.maxKeyLength !== undefined && key.length > rules.maxKeyLength)) {
      return `keys must be 1 to ${rules.maxKeyLength ?? 'any number of'} characters`;
    }
    if (rules.refusePrototypeKeys && isObjectPrototypeKey(key)) {
      return 'must not use reserved keys such as __proto__ or constructor';
    }
    const entry = value[key];
    if (typeof entry !== 'string') return 'values must be strings';
    if (rules.maxValueLength !== undefined && entry.length > rules.maxValueLength) {
      return `values must be at most ${rules.maxValueLength} characters`;
    }
  }
  return undefined;
}

/**
 * Keeps a free-form JSON object as parsed (as a null-prototype copy). class-transformer would
 * copy it key by key and silently skip keys that shadow Object.prototype members (`toString`,
 * `valueOf`...), so a name the policy must refuse would vanish instead of being refused.
 */
export function KeepRawMap(): PropertyDecorator {
  return Transform(({ obj, key }) => toNullPrototypeMap((obj as Record<string, unknown>)[key]), {
    toClassOnly: true,
  });
}

/**
 * A free-form string map: keeps the raw object (see KeepRawMap) and validates its shape.
 * Key names and values are then checked by the attribute policy, which knows them.
 */
export function IsStringMap(rules: StringMapRules, options?: ValidationOptions): PropertyDecorator {
  const keepRaw = KeepRawMap();
  return (target: object, propertyName: string | symbol) => {
    keepRaw(target, propertyName);
    registerDecorator({
      name: 'isStringMap',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => stringMapProblem(value, rules) === undefined,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} ${stringMapProblem(args?.value, rules) ?? 'is invalid'}`,
      },
    });
  };
}
