import type { RateLimitBucket } from '../config/operations-config';
import { subjectKey } from '../redis';

/** Who a request is counted against: the verified user, or the client IP on public routes. */
export interface RateLimitTracker {
  kind: 'sub' | 'ip';
  id: string;
}

/**
 * `profile-bff:rl:<bucket>:{<tag>}`: hashed, so Redis keys carry neither user ids nor IP
 * addresses, and tagged like the subject's other keys, so a user's counters share a cluster slot
 * with their cached attributes and verification attempts.
 */
export function rateLimitKey(bucket: RateLimitBucket, tracker: RateLimitTracker): string {
  return subjectKey(`rl:${bucket}`, tracker.kind, tracker.id);
}
