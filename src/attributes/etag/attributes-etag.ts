import type { Response } from 'express';
import { createHash } from 'node:crypto';
import type { Attributes } from '../../identity-provider/identity-provider';
import type { PendingChanges } from '../../pending-changes';

/**
 * A strong ETag over exactly what the caller can see: same visible attributes and pending changes,
 * same tag. Names are sorted so Cognito's ordering doesn't matter. Without pending changes the tag
 * is the one earlier versions sent, so clients' stored tags stay valid.
 */
export function attributesEtag(attributes: Attributes, pending?: PendingChanges): string {
  const entries = Object.keys(attributes)
    .sort()
    .map((k) => [k, attributes[k]]);
  const pendingNames = pending ? Object.keys(pending).sort() : [];
  const canonical = JSON.stringify(
    pendingNames.length === 0
      ? entries
      : {
          attributes: entries,
          pending: pendingNames.map((k) => [k, pending![k].value, pending![k].requestedAt]),
        },
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

/**
 * Adds a strong ETag and `Cache-Control: no-store` to an `{ attributes, pending? }` response. Express's own
 * freshness check (res.send → req.fresh) then answers a matching If-None-Match with 304 and no
 * body; the app disables Express's automatic weak ETags so this one is the only tag. Profiles are
 * personal, so nothing may be stored by any cache.
 *
 * A plain function on purpose: as a Nest interceptor the same work cost ~180 µs of CPU per
 * request (rxjs + AsyncResource per call) — a third of a cached read (see bench/README.md).
 */
export async function withAttributesEtag<
  T extends { attributes: Attributes; pending?: PendingChanges },
>(res: Response, body: Promise<T>): Promise<T> {
  const value = await body;
  res.setHeader('ETag', attributesEtag(value.attributes, value.pending));
  res.setHeader('Cache-Control', 'no-store');
  return value;
}
