import { ATTRIBUTE_FORMATS } from './attribute-policy.types';
import type {
  AttributeFormat,
  AttributeRule,
  AttributeType,
  VerificationChannel,
} from './attribute-policy.types';
import { compilePattern } from './attribute-validation';
import {
  MAX_ATTRIBUTE_VALUE_LENGTH,
  STANDARD_ATTRIBUTES,
  isAdminProtectedAttribute,
  isUserProtectedAttribute,
} from './cognito-attributes';
import {
  type JsonObject,
  type Problems,
  checkKnownKeys,
  isJsonObject,
  keyPath,
  readBoolean,
  readChoice,
  readInteger,
  readString,
  readStringList,
  report,
} from '../common/json/json-shape';

const FLAGS = ['read', 'write', 'delete', 'signUp', 'adminRead', 'adminWrite', 'required'] as const;
const TYPES: readonly AttributeType[] = ['string', 'number', 'boolean', 'datetime'];
const VERIFICATIONS: readonly VerificationChannel[] = ['email', 'sms', 'none'];
const FORMATS: readonly AttributeFormat[] = ATTRIBUTE_FORMATS;
/** Per-attribute allowances for what values are refused by default (see attribute-validation). */
const ALLOWANCES = [
  'allowSurroundingWhitespace',
  'allowInvisibleCharacters',
  'allowBidiControls',
  'allowFutureDate',
] as const;
const STRING_ONLY = ['format', 'minLength', 'pattern', 'enum', 'multiline', ...ALLOWANCES] as const;
const NUMBER_ONLY = ['min', 'max'] as const;
const RULE_KEYS: ReadonlySet<string> = new Set([
  ...FLAGS,
  ...STRING_ONLY,
  ...NUMBER_ONLY,
  ...['verification', 'type', 'maxLength', 'sensitive', 'description'],
  'stepUp',
]);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** What could be read from the file; a field is undefined when absent or malformed. */
type DraftRule = Partial<Mutable<AttributeRule>> & { name: string };

/**
 * Parses one entry of `attributes`. Problems go to `problems`; the rule is returned only when
 * the entry has none, so the caller can still check the other entries.
 */
export function parseAttributeRule(
  name: string,
  raw: unknown,
  path: string,
  problems: Problems,
): AttributeRule | undefined {
  if (!isJsonObject(raw)) {
    report(problems, path, 'must be an object');
    return undefined;
  }
  const before = problems.length;
  checkKnownKeys(raw, RULE_KEYS, path, problems);
  const draft = readDraft(name, raw, path, problems);
  checkTypeApplicability(raw, draft, path, problems);
  checkRanges(draft, path, problems);
  checkConsistency(draft, path, problems);
  checkStandardAttribute(draft, path, problems);
  checkHardRules(draft, path, problems);
  return problems.length === before ? finish(draft) : undefined;
}

function readDraft(name: string, raw: JsonObject, path: string, problems: Problems): DraftRule {
  const draft: DraftRule = { name };
  for (const flag of FLAGS)
    draft[flag] = readBoolean(raw, flag, path, problems, { required: true });
  draft.sensitive = readBoolean(raw, 'sensitive', path, problems, { required: true });
  draft.multiline = readBoolean(raw, 'multiline', path, problems);
  draft.stepUp = readBoolean(raw, 'stepUp', path, problems);
  for (const allowance of ALLOWANCES)
    draft[allowance] = readBoolean(raw, allowance, path, problems);
  draft.verification = readChoice(raw, 'verification', VERIFICATIONS, path, problems, {
    required: true,
  });
  draft.type = readChoice(raw, 'type', TYPES, path, problems, { required: true });
  draft.format = readChoice(raw, 'format', FORMATS, path, problems);
  const length = { min: 0, max: MAX_ATTRIBUTE_VALUE_LENGTH };
  draft.minLength = readInteger(raw, 'minLength', path, problems, length);
  draft.maxLength = readInteger(raw, 'maxLength', path, problems, { ...length, min: 1 });
  draft.pattern = readPattern(raw, path, problems);
  draft.enum = readStringList(raw, 'enum', path, problems);
  draft.min = readInteger(raw, 'min', path, problems);
  draft.max = readInteger(raw, 'max', path, problems);
  draft.description = readString(raw, 'description', path, problems, { maxLength: 1000 });
  return draft;
}

function readPattern(raw: JsonObject, path: string, problems: Problems): string | undefined {
  const pattern = readString(raw, 'pattern', path, problems, { maxLength: 1000 });
  if (pattern === undefined) return undefined;
  try {
    compilePattern(pattern);
    return pattern;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(problems, keyPath(path, 'pattern'), `is not a valid regular expression (${reason})`);
    return undefined;
  }
}

function checkTypeApplicability(
  raw: JsonObject,
  draft: DraftRule,
  path: string,
  problems: Problems,
): void {
  if (draft.type === undefined) return;
  const misplaced =
    draft.type === 'string'
      ? NUMBER_ONLY
      : draft.type === 'number'
        ? [...STRING_ONLY, 'maxLength']
        : [...STRING_ONLY, ...NUMBER_ONLY, 'maxLength'];
  for (const key of misplaced) {
    if (Object.hasOwn(raw, key)) {
      report(problems, keyPath(path, key), `does not apply to type "${draft.type}"`);
    }
  }
}

function effectiveMaxLength(draft: DraftRule): number {
  const standardMax = STANDARD_ATTRIBUTES.get(draft.name)?.maxLength;
  return draft.maxLength ?? standardMax ?? MAX_ATTRIBUTE_VALUE_LENGTH;
}

function checkRanges(draft: DraftRule, path: string, problems: Problems): void {
  const maxLength = effectiveMaxLength(draft);
  if (draft.minLength !== undefined && draft.minLength > maxLength) {
    report(problems, keyPath(path, 'minLength'), `must not exceed maxLength (${maxLength})`);
  }
  if (draft.min !== undefined && draft.max !== undefined && draft.min > draft.max) {
    report(problems, keyPath(path, 'min'), `must not exceed max (${draft.max})`);
  }
  const minLength = draft.minLength ?? 1;
  draft.enum?.forEach((value, index) => {
    const valuePath = `${keyPath(path, 'enum')}[${index}]`;
    if (value.length < minLength || value.length > maxLength) {
      report(problems, valuePath, `must be ${minLength} to ${maxLength} characters long`);
    }
    if (draft.pattern !== undefined && !compilePattern(draft.pattern).test(value)) {
      report(problems, valuePath, 'does not match the pattern');
    }
  });
}

/** A flag that only makes sense with another one, and why. */
const IMPLIES: readonly [keyof DraftRule, keyof DraftRule, string][] = [
  ['write', 'read', 'a user must be able to see what they change'],
  ['delete', 'write', 'deleting is a change'],
  ['signUp', 'read', 'a user must be able to see what they sent at sign-up'],
  ['adminWrite', 'adminRead', 'an admin must be able to see what they change'],
  ['stepUp', 'write', 'only changes users make can require a recent sign-in'],
];

function checkConsistency(draft: DraftRule, path: string, problems: Problems): void {
  for (const [flag, needed, why] of IMPLIES) {
    if (draft[flag] === true && draft[needed] === false) {
      report(problems, keyPath(path, flag), `requires "${needed}": ${why}`);
    }
  }
  if (draft.signUp === true && draft.write === false && draft.adminWrite === true) {
    // Otherwise anyone could pick an admin-managed value (a role, say) by signing up anew.
    const message = 'must be false: only admins may change this attribute';
    report(problems, keyPath(path, 'signUp'), message);
  }
  if (draft.allowFutureDate === true && draft.format !== 'date') {
    report(problems, keyPath(path, 'allowFutureDate'), 'applies only to format "date"');
  }
  if (draft.required === true && draft.delete === true) {
    report(problems, keyPath(path, 'delete'), 'must be false for a required attribute');
  }
  if (draft.required === true && draft.signUp === false) {
    const message = 'must be true for a required attribute, or nobody could sign up';
    report(problems, keyPath(path, 'signUp'), message);
  }
}

/** Standard attributes have a type, format and verification fixed by Cognito and OIDC. */
function checkStandardAttribute(draft: DraftRule, path: string, problems: Problems): void {
  const standard = STANDARD_ATTRIBUTES.get(draft.name);
  const verifications = standard?.verification ?? ['none'];
  if (draft.verification !== undefined && !verifications.includes(draft.verification)) {
    const allowed = verifications.map((channel) => `"${channel}"`).join(' or ');
    report(problems, keyPath(path, 'verification'), `must be ${allowed} for this attribute`);
  }
  if (!standard) return;
  if (draft.type !== undefined && draft.type !== standard.type) {
    report(problems, keyPath(path, 'type'), `must be "${standard.type}" for ${draft.name}`);
  }
  if (draft.type === 'string' && draft.format !== standard.format) {
    const message = standard.format
      ? `must be "${standard.format}" for ${draft.name}`
      : `does not apply to ${draft.name}`;
    report(problems, keyPath(path, 'format'), message);
  }
  if (standard.maxLength !== undefined && effectiveMaxLength(draft) > standard.maxLength) {
    const message = `must be at most ${standard.maxLength} for ${draft.name}`;
    report(problems, keyPath(path, 'maxLength'), message);
  }
}

/** Not configurable: see isUserProtectedAttribute for why. */
function checkHardRules(draft: DraftRule, path: string, problems: Problems): void {
  if (!isUserProtectedAttribute(draft.name)) return;
  for (const flag of ['write', 'delete', 'signUp'] as const) {
    if (draft[flag] === true) {
      const message = `must be false: ${draft.name} is never changed by users (hard rule)`;
      report(problems, keyPath(path, flag), message);
    }
  }
  if (draft.adminWrite === true && isAdminProtectedAttribute(draft.name)) {
    const message = `must be false: ${draft.name} is set by Cognito alone (hard rule)`;
    report(problems, keyPath(path, 'adminWrite'), message);
  }
}

/** Only called for a draft without problems, so every required field is present. */
function finish(draft: DraftRule): AttributeRule {
  const rule: Mutable<AttributeRule> = {
    name: draft.name,
    read: draft.read === true,
    write: draft.write === true,
    delete: draft.delete === true,
    signUp: draft.signUp === true,
    adminRead: draft.adminRead === true,
    adminWrite: draft.adminWrite === true,
    required: draft.required === true,
    verification: draft.verification ?? 'none',
    type: draft.type ?? 'string',
    maxLength: effectiveMaxLength(draft),
    multiline: draft.multiline === true,
    sensitive: draft.sensitive === true,
  };
  // Only present when set, so rules without it read as before.
  if (draft.stepUp === true) rule.stepUp = true;
  for (const key of ['format', 'minLength', 'pattern', 'min', 'max', 'description'] as const) {
    if (draft[key] !== undefined) Object.assign(rule, { [key]: draft[key] });
  }
  for (const allowance of ALLOWANCES) if (draft[allowance] === true) rule[allowance] = true;
  if (draft.enum !== undefined) rule.enum = Object.freeze([...draft.enum]);
  return Object.freeze(rule);
}
