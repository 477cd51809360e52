import { createHash } from 'node:crypto';
import type { Attributes } from '../identity-provider/identity-provider';

/**
 * A strong ETag over exactly what the caller can see: same visible attributes, same tag. Names are
 * sorted so Cognito's ordering doesn't matter.
 */
export function attributesEtag(attributes: Attributes): string {
  const canonical = JSON.stringify(
    Object.keys(attributes)
      .sort()
      .map((k) => [k, attributes[k]]),
  );
  return `"${createHash('sha256').update(canonical).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match / If-Match list matching (RFC 9110 §13.1); `W/` is ignored for If-None-Match. */
export function etagListMatches(header: string | undefined, etag: string, weak: boolean): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => (weak ? t.replace(/^W\//, '') : t) === etag);
}
