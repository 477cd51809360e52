import {
  checkFormat,
  isBooleanString,
  isDateTime,
  isFutureDate,
  isIntegerString,
  normalizeEmail,
} from './attribute-formats';
import type { AttributePolicy, AttributeRule, PolicyViolation } from './attribute-policy.types';
import { MAX_ATTRIBUTE_NAME_LENGTH, MAX_ATTRIBUTE_VALUE_LENGTH } from './cognito-attributes';
import { violation } from './policy-violation';
import { isObjectPrototypeKey } from '../common/json/prototype-keys';

/** Cognito's own rule for attribute names: letters, marks, symbols, digits, punctuation. */
const COGNITO_NAME_CHARACTERS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

/** A violation when `name` can't be an attribute name at all; undefined when it can. */
export function validateAttributeName(name: unknown): PolicyViolation | undefined {
  const attribute = typeof name === 'string' ? name : String(name);
  if (typeof name !== 'string' || name === '') {
    return violation(attribute, 'invalid-attribute-name', 'attribute name must not be empty');
  }
  if (name.length > MAX_ATTRIBUTE_NAME_LENGTH) {
    const message = `attribute name must be at most ${MAX_ATTRIBUTE_NAME_LENGTH} characters`;
    return violation(attribute, 'invalid-attribute-name', message);
  }
  // A name every JavaScript object answers is probing for prototype pollution: refused as
  // malformed rather than reported as merely unknown.
  if (isObjectPrototypeKey(name) || !COGNITO_NAME_CHARACTERS.test(name)) {
    return violation(attribute, 'invalid-attribute-name', 'attribute name is not allowed');
  }
  return undefined;
}

/** Every malformed name in the list (empty, too long, `__proto__`, whitespace...). */
export function validateAttributeNames(names: readonly unknown[]): PolicyViolation[] {
  return names.flatMap((name) => validateAttributeName(name) ?? []);
}

/**
 * The values as they are to be stored: email-format values lower-cased (see normalizeEmail).
 * Every write path (PATCH /me, admin PATCH, sign-up) runs this once, before validation, so what
 * is checked is what is sent. Returns a prototype-free copy; non-string values pass unchanged.
 */
export function normalizeAttributeValues<T>(
  policy: AttributePolicy,
  values: Readonly<Record<string, T>>,
): Record<string, T> {
  const normalized = Object.create(null) as Record<string, T>;
  for (const name of Object.keys(values)) {
    const value = values[name];
    const isEmail = policy.attributes.get(name)?.format === 'email';
    normalized[name] = (isEmail && typeof value === 'string' ? normalizeEmail(value) : value) as T;
  }
  return normalized;
}

/**
 * Every problem with every value, not just the first, so a form can show them all at once.
 * Names are checked too, so this is safe on a raw request body; callers still run
 * `checkWritable` first, because unwritable is a 403 and invalid only a 422.
 */
export function validateAttributeValues(
  policy: AttributePolicy,
  values: Readonly<Record<string, unknown>>,
  now: Date = new Date(),
): PolicyViolation[] {
  const problems: PolicyViolation[] = [];
  for (const name of Object.keys(values)) {
    const nameProblem = validateAttributeName(name);
    const rule = policy.attributes.get(name);
    if (nameProblem) {
      problems.push(nameProblem);
    } else if (!rule) {
      problems.push(violation(name, 'unknown-attribute', 'attribute is not known'));
    } else {
      problems.push(...validateAttributeValue(rule, values[name], now));
    }
  }
  return problems;
}

/**
 * What looks blank: whitespace, separators, controls, invisible format characters (Cf, such as
 * U+200B ZERO WIDTH SPACE) and the letters that render as nothing (Hangul fillers, the blank
 * Braille pattern). A value of only these is blank whatever the policy allows.
 */
const BLANK = /^[\s\p{Z}\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** Every problem with one value under one rule; `now` decides what "in the future" means. */
export function validateAttributeValue(
  rule: AttributeRule,
  value: unknown,
  now: Date = new Date(),
): PolicyViolation[] {
  if (typeof value !== 'string') {
    return [violation(rule.name, 'value-not-string', 'value must be a string')];
  }
  // An empty value is refused rather than forwarded: Cognito treats "" inconsistently across
  // attributes, and removing a value is what DELETE is for.
  if (BLANK.test(value)) {
    return [violation(rule.name, 'value-empty', 'value must not be empty or blank')];
  }
  // Past Cognito's hard limit the value is wrong whatever it says; skipping the syntax checks
  // keeps policy patterns from running on arbitrarily long input.
  const syntax = value.length > MAX_ATTRIBUTE_VALUE_LENGTH ? [] : checkType(rule, value, now);
  return [...checkLength(rule, value), ...checkCharacters(rule, value), ...syntax];
}

// Lengths are UTF-16 code units, as Cognito (a Java service) counts them, so a value that
// passes here is never refused upstream for its length.
function checkLength(rule: AttributeRule, value: string): PolicyViolation[] {
  if (value.length > rule.maxLength) {
    const message = `value must be at most ${rule.maxLength} characters`;
    return [violation(rule.name, 'value-too-long', message)];
  }
  if (rule.minLength !== undefined && value.length < rule.minLength) {
    const message = `value must be at least ${rule.minLength} characters`;
    return [violation(rule.name, 'value-too-short', message)];
  }
  return [];
}

// C0 and C1 controls, DEL and the Unicode line/paragraph separators: they corrupt logs, CSV
// exports and e-mail headers. Line feeds are allowed only where the policy says `multiline`.
// (\p{Cc} is exactly C0, DEL and C1.)
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u;
const CONTROL_CHARACTERS_EXCEPT_LF = /(?!\n)[\p{Cc}\u2028\u2029]/u;
const LONE_SURROGATE = /\p{Cs}/u;

// Bidirectional embeddings, overrides and isolates reorder the text that follows them, so a value
// can display as something else than it is ("Trojan Source"). Other format characters (Cf: zero
// width space, joiners, marks, BOM, word joiner, tags...) are invisible and make two values that
// look the same compare different. Both need an explicit allowance in the policy.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE_FORMAT = /(?![\u202A-\u202E\u2066-\u2069])\p{Cf}/u;

function checkCharacters(rule: AttributeRule, value: string): PolicyViolation[] {
  const problems: PolicyViolation[] = [];
  if (!rule.allowBidiControls && BIDI_CONTROLS.test(value)) {
    const message =
      'value must not contain bidirectional embedding, override or isolate characters';
    problems.push(violation(rule.name, 'bidi-control', message));
  }
  if (!rule.allowInvisibleCharacters && INVISIBLE_FORMAT.test(value)) {
    const message = 'value must not contain invisible format characters such as zero-width spaces';
    problems.push(violation(rule.name, 'invisible-character', message));
  }
  const controls = rule.multiline ? CONTROL_CHARACTERS_EXCEPT_LF : CONTROL_CHARACTERS;
  if (controls.test(value)) {
    const message = rule.multiline
      ? 'value must not contain control characters other than line feeds'
      : 'value must be a single line without control characters';
    problems.push(violation(rule.name, 'control-character', message));
  }
  if (LONE_SURROGATE.test(value)) {
    const message = 'value must be well-formed Unicode (it has an unpaired surrogate)';
    problems.push(violation(rule.name, 'invalid-unicode', message));
  }
  return problems;
}

function checkType(rule: AttributeRule, value: string, now: Date): PolicyViolation[] {
  switch (rule.type) {
    case 'string':
      return checkString(rule, value, now);
    case 'number':
      return checkNumber(rule, value);
    case 'boolean':
      return isBooleanString(value)
        ? []
        : [violation(rule.name, 'invalid-boolean', 'value must be "true" or "false"')];
    case 'datetime':
      return isDateTime(value)
        ? []
        : [violation(rule.name, 'invalid-datetime', 'value must be an RFC 3339 timestamp')];
  }
}

/** Whitespace or a separator at either end (JavaScript's \s covers NBSP, U+3000, BOM...). */
const PADDED = /^[\s\p{Z}]|[\s\p{Z}]$/u;

function checkString(rule: AttributeRule, value: string, now: Date): PolicyViolation[] {
  const problems: PolicyViolation[] = [];
  if (!rule.allowSurroundingWhitespace && PADDED.test(value)) {
    const message = 'value must not start or end with whitespace';
    problems.push(violation(rule.name, 'value-padded', message));
  }
  const formatProblem = rule.format && checkFormat(rule.format, value);
  if (formatProblem) {
    problems.push(violation(rule.name, formatProblem.code, formatProblem.message));
  } else if (rule.format === 'date' && !rule.allowFutureDate && isFutureDate(value, now)) {
    problems.push(violation(rule.name, 'date-in-future', 'date must not be in the future'));
  }
  if (rule.pattern !== undefined && !compilePattern(rule.pattern).test(value)) {
    problems.push(
      violation(rule.name, 'pattern-mismatch', 'value does not have the required form'),
    );
  }
  if (rule.enum && !rule.enum.includes(value)) {
    const message = `value must be one of: ${rule.enum.join(', ')}`;
    problems.push(violation(rule.name, 'value-not-allowed', message));
  }
  return problems;
}

function checkNumber(rule: AttributeRule, value: string): PolicyViolation[] {
  if (!isIntegerString(value)) {
    return [violation(rule.name, 'invalid-number', 'value must be a whole number in decimal')];
  }
  // BigInt, because the digits may exceed what a double holds exactly.
  const number = BigInt(value);
  if (rule.min !== undefined && number < BigInt(rule.min)) {
    return [violation(rule.name, 'number-too-small', `value must be at least ${rule.min}`)];
  }
  if (rule.max !== undefined && number > BigInt(rule.max)) {
    return [violation(rule.name, 'number-too-large', `value must be at most ${rule.max}`)];
  }
  return [];
}

const compiledPatterns = new Map<string, RegExp>();

/**
 * A policy pattern must match the whole value, so it is anchored here; `u` makes `.` and
 * classes work on code points. The policy loader compiles every pattern once at start-up, so
 * a broken one never reaches this point.
 */
export function compilePattern(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(`^(?:${pattern})$`, 'u');
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}
