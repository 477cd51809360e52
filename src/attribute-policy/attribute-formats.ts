import type { AttributeFormat } from './attribute-policy.types';
import type { PolicyViolationCode } from './policy-violation';

/** A failed format check: a stable code and a message that never repeats the value. */
export interface FormatProblem {
  code: PolicyViolationCode;
  message: string;
}

const MAX_EMAIL_LENGTH = 254;
const MAX_EMAIL_LOCAL_PART_LENGTH = 64;

// RFC 5322 dot-atom local part (no quoted strings, no comments) at an RFC 1035 host name with
// at least two labels. ASCII only: Cognito and most mail stacks mishandle internationalised
// addresses, and a quoted local part is far more often an attack than a real mailbox.
const EMAIL_LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  return (
    local.length <= MAX_EMAIL_LOCAL_PART_LENGTH &&
    EMAIL_LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_LABEL.test(labels[labels.length - 1])
  );
}

/**
 * The one spelling of an email address that is stored: lower case. Cognito compares usernames
 * and aliases without case in a case-insensitive pool but stores what it is given, and
 * cognito-local compares exactly; storing one spelling keeps `DEMO@example.com` from becoming a
 * second account, or a second user's address, next to `demo@example.com`.
 */
export function normalizeEmail(value: string): string {
  return value.toLowerCase();
}

/** E.164 as Cognito stores phone numbers: `+`, country code, up to 15 digits in all. */
export function isE164PhoneNumber(value: string): boolean {
  return /^\+[1-9]\d{1,14}$/.test(value);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Year 0 stands for "year unknown" (OIDC), so 29 February is allowed in it. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year === 0 || isLeapYear(year);
  return day <= DAYS_IN_MONTH[month - 1];
}

/** OIDC `birthdate`: `YYYY-MM-DD`, or `0000-MM-DD` when the user withholds the year. */
export function isBirthdate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The furthest-ahead time zone (Line Islands, UTC+14): its date is the latest "today" anywhere. */
const LATEST_UTC_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * Whether a `YYYY-MM-DD` date is after today in every time zone on Earth, so a user born today
 * wherever they are is never refused. `0000-MM-DD` (year withheld) is never in the future.
 */
export function isFutureDate(value: string, now: Date): boolean {
  const latestToday = new Date(now.getTime() + LATEST_UTC_OFFSET_MS).toISOString().slice(0, 10);
  return value > latestToday;
}

let canonicalZones: ReadonlySet<string> | undefined;
let zoneAreas: ReadonlySet<string> | undefined;

function knownZones(): { zones: ReadonlySet<string>; areas: ReadonlySet<string> } {
  if (!canonicalZones || !zoneAreas) {
    const zones = Intl.supportedValuesOf('timeZone');
    canonicalZones = new Set([...zones, 'UTC']);
    zoneAreas = new Set([...zones.map((zone) => zone.split('/')[0]), 'Etc']);
  }
  return { zones: canonicalZones, areas: zoneAreas };
}

function icuKnowsZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA zone name. Node's list holds ICU's canonical names only (`Asia/Calcutta`, not
 * `Asia/Kolkata`; no `UTC`), so current IANA names are accepted too when ICU resolves them and
 * they sit under a known area with the usual casing. ICU itself is case-insensitive and also
 * takes abbreviations like `EST`; neither belongs in a stored profile.
 */
export function isTimeZone(value: string): boolean {
  const { zones, areas } = knownZones();
  if (zones.has(value)) return true;
  const segments = value.split('/');
  return (
    segments.length >= 2 &&
    areas.has(segments[0]) &&
    segments.slice(1).every((segment) => /^[A-Z][A-Za-z0-9_+-]*$/.test(segment)) &&
    icuKnowsZone(value)
  );
}

/** A single well-formed BCP 47 language tag (OIDC `locale`), case-insensitive per RFC 5646. */
export function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * An absolute http(s) URL with a host. The scheme must be spelled out (`https:host` parses,
 * but is not what a profile link means), and credentials are refused because
 * `https://bank.example@evil.example` is a phishing classic.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** OIDC allows `female`, `male` or any other value; only blank or padded values are refused. */
export function isGender(value: string): boolean {
  return value.trim() === value && value !== '';
}

function localeProblem(value: string): string {
  return value.includes('_')
    ? 'must be a BCP 47 language tag: use a hyphen, as in en-US, not an underscore'
    : 'must be a BCP 47 language tag such as en-US';
}

type FormatRule = [
  conforms: (value: string) => boolean,
  code: PolicyViolationCode,
  message: string | ((value: string) => string),
];

/** Each format's test, and the problem reported for a value that fails it. */
const FORMATS: Record<AttributeFormat, FormatRule> = {
  email: [isEmailAddress, 'invalid-email', 'must be a valid email address'],
  phone: [
    isE164PhoneNumber,
    'invalid-phone-number',
    'must be an E.164 number such as +14155550100',
  ],
  date: [isBirthdate, 'invalid-date', 'must be a real date as YYYY-MM-DD or 0000-MM-DD'],
  zoneinfo: [isTimeZone, 'invalid-zoneinfo', 'must be an IANA time zone such as Europe/Paris'],
  locale: [isLocale, 'invalid-locale', localeProblem],
  url: [isHttpUrl, 'invalid-url', 'must be an absolute http or https URL'],
  gender: [isGender, 'invalid-gender', 'must not be blank or start or end with spaces'],
};

/** Checks a value against a format; undefined when it conforms. */
export function checkFormat(format: AttributeFormat, value: string): FormatProblem | undefined {
  const [conforms, code, message] = FORMATS[format];
  if (conforms(value)) return undefined;
  return { code, message: typeof message === 'string' ? message : message(value) };
}

/** Cognito Number attributes hold integers, sent as decimal strings without `+` or padding. */
export function isIntegerString(value: string): boolean {
  return /^(?:0|-?[1-9]\d*)$/.test(value);
}

/** Cognito Boolean attributes are the strings `true` and `false`, nothing looser. */
export function isBooleanString(value: string): boolean {
  return value === 'true' || value === 'false';
}

const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** DateTime attributes: an RFC 3339 timestamp with an explicit offset, e.g. 2024-05-01T12:00:00Z. */
export function isDateTime(value: string): boolean {
  const match = RFC_3339.exec(value);
  return (
    match !== null &&
    Number(match[1]) > 0 &&
    isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
  );
}
