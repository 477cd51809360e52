import { readFileSync } from 'node:fs';
import type { AttributePolicy, AttributeRule } from './attribute-policy.types';
import { validateAttributeName } from './attribute-validation';
import { isDeclarableAttributeName } from './cognito-attributes';
import { findDuplicateJsonKeys } from '../common/json/json-duplicate-keys';
import {
  type JsonObject,
  type Problems,
  checkKnownKeys,
  isJsonObject,
  keyPath,
  ownValue,
  readString,
  report,
} from '../common/json/json-shape';
import { parseAttributeRule } from './parse-attribute-rule';

/** A policy file that can't be used; the message names the file and every problem in it. */
export class AttributePolicyError extends Error {
  override readonly name = 'AttributePolicyError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Invalid attribute policy ${source} (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Reads and validates a policy file; throws AttributePolicyError for anything wrong with it. */
export function loadAttributePolicy(filePath: string): AttributePolicy {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AttributePolicyError(filePath, [`cannot read the file: ${reason}`]);
  }
  return parseAttributePolicyText(text.replace(/^\uFEFF/, ''), filePath);
}

/** Parses the JSON text of a policy; `source` names it in error messages. */
export function parseAttributePolicyText(text: string, source: string): AttributePolicy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AttributePolicyError(source, [`not valid JSON: ${reason}`]);
  }
  const duplicates = findDuplicateJsonKeys(text).map((path) => `${path}: key appears twice`);
  if (duplicates.length > 0) throw new AttributePolicyError(source, duplicates);
  return parseAttributePolicy(json, source);
}

const POLICY_KEYS: ReadonlySet<string> = new Set(['version', 'adminGroup', 'attributes']);

/** Cognito group names: 1–128 letters, marks, symbols, digits or punctuation. */
const GROUP_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

/** Validates already-parsed JSON strictly; `source` names it in error messages. */
export function parseAttributePolicy(json: unknown, source: string): AttributePolicy {
  const problems: Problems = [];
  if (!isJsonObject(json)) {
    throw new AttributePolicyError(source, ['(root): must be a JSON object']);
  }
  checkKnownKeys(json, POLICY_KEYS, '', problems);
  if (ownValue(json, 'version') !== 1) report(problems, 'version', 'must be 1');
  const adminGroup = readString(json, 'adminGroup', '', problems, { required: true });
  if (adminGroup !== undefined && !GROUP_NAME.test(adminGroup)) {
    report(problems, 'adminGroup', 'must be a Cognito group name (1–128 characters, no spaces)');
  }
  const attributes = parseAttributes(json, problems);
  if (problems.length > 0) throw new AttributePolicyError(source, problems);
  return Object.freeze({ version: 1, adminGroup: adminGroup ?? '', attributes });
}

function parseAttributes(json: JsonObject, problems: Problems): Map<string, AttributeRule> {
  // A Map, not an object: a key like "__proto__" in the file stays a plain (rejected) key.
  const rules = new Map<string, AttributeRule>();
  const raw = ownValue(json, 'attributes');
  if (!isJsonObject(raw) || Object.keys(raw).length === 0) {
    report(problems, 'attributes', 'is required and must be an object with at least one attribute');
    return rules;
  }
  for (const name of Object.keys(raw)) {
    const path = keyPath('attributes', name);
    if (validateAttributeName(name) || !isDeclarableAttributeName(name)) {
      const message =
        'is not an attribute name a policy may declare: use a standard attribute, ' +
        'custom:<1-20 of A-Z a-z 0-9 _> or cognito:<name>';
      report(problems, path, message);
      continue;
    }
    const rule = parseAttributeRule(name, raw[name], path, problems);
    if (rule) rules.set(name, rule);
  }
  return rules;
}
