import { createHash } from 'node:crypto';
import type { Attributes } from '../../identity-provider/identity-provider';
import type { PendingChanges } from '../../pending-changes';
import { EtagResult } from './etag-result';

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

/**
 * A read's body with the strong ETag of exactly what it shows. The EtagResultInterceptor sends
 * the tag (and `Cache-Control: no-store`); a matching If-None-Match then gets 304.
 */
export async function taggedAttributes<
  T extends { attributes: Attributes; pending?: PendingChanges },
>(body: Promise<T>): Promise<EtagResult<T>> {
  const value = await body;
  return new EtagResult(value, attributesEtag(value.attributes, value.pending));
}
