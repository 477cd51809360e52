/** What stands in a log line for a path segment that may be personal data. */
export const REDACTED_SEGMENT = '[redacted]';

/**
 * Path segments that follow these segments name a user (`/users/{username}/attributes`, where
 * the username may be an email address, a phone number or a sub). Compared case-insensitively,
 * so a path in any case is redacted.
 */
const USER_SEGMENT_PARENTS: ReadonlySet<string> = new Set(['users']);

/** Anything that looks like an email address or a phone number, in any route (even unknown ones). */
const PERSONAL_LOOKING = /@|%40|^(?:\+|%2b)?\d[\d\s.()%-]{5,}$/i;

/**
 * The request path as it may be logged: no query string, and every segment that can carry
 * personal data replaced (`/users/[redacted]/attributes`). Works on the raw URL, so requests
 * refused before routing (404, 405, 413) are logged the same way.
 */
export function loggablePath(url: string): string {
  const path = url.split('?')[0];
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      const parent = index > 0 ? segments[index - 1].toLowerCase() : '';
      const personal = USER_SEGMENT_PARENTS.has(parent) || PERSONAL_LOOKING.test(segment);
      return personal && segment !== '' ? REDACTED_SEGMENT : segment;
    })
    .join('/');
}
