import { createHash } from 'node:crypto';

/** Whose keys: a user (token sub), a client IP (sign-up), a username (sign-up confirmation). */
export type RedisSubjectKind = 'sub' | 'ip' | 'username';

export const KEY_NAMESPACE = 'profile-bff';

/**
 * The hash tag of one subject: every key of that subject carries it, so Redis Cluster puts them
 * all in one slot (multi-key scripts stay legal, one user's traffic goes to one shard). A SHA-256
 * of the subject, so keys name no user id, IP address or email.
 */
export function subjectTag(kind: RedisSubjectKind, id: string): string {
  return `{${createHash('sha256').update(`${kind}:${id}`).digest('base64url')}}`;
}

/** `profile-bff:<purpose>:{<tag>}` — the one way keys are named. */
export function subjectKey(purpose: string, kind: RedisSubjectKind, id: string): string {
  return `${KEY_NAMESPACE}:${purpose}:${subjectTag(kind, id)}`;
}
