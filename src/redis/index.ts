export { REDIS_CONNECTION, RedisModule } from './redis.module';
export { RedisConnection, RedisClient, RedisScript } from './redis-connection';
export { KEY_NAMESPACE, RedisSubjectKind, subjectKey, subjectTag } from './redis-keys';
export { RedisDeadlineError, withDeadline } from './with-deadline';
