export { REDIS_CONNECTION, RedisModule } from './redis.module';
export { RedisConnection, RedisClient, RedisScript } from './redis-connection';
export { subjectKey } from './redis-keys';
