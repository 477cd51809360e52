import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { RedisConnection } from '../redis';

/**
 * @nest-lab/throttler-storage-redis's counter (its atomic Lua INCR/PEXPIRE/block script) on the
 * service's one connection, with two changes:
 *
 * - keys are `<key>:hits` / `<key>:blocked`, where `key` already carries the subject's hash tag
 *   (src/redis/redis-keys.ts). The library wraps `{key:bucket}` itself, which keeps its two keys
 *   together but puts each bucket of one user in another cluster slot, away from the user's
 *   other keys;
 * - the command runs with the connection's deadline, so a stalled or unreachable Redis fails
 *   fast (and the guard lets the request through) instead of being queued.
 */
export class RedisThrottlerStorage extends ThrottlerStorageRedisService {
  constructor(private readonly connection: RedisConnection) {
    // The library only borrows the client: disconnectRequired stays false, the connection owns it.
    super(connection.client as never);
  }

  override async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const results = await this.connection.run((client) =>
      client.call(
        'eval',
        this.scriptSrc,
        2,
        `${key}:hits`,
        `${key}:blocked`,
        throttlerName,
        ttl,
        limit,
        blockDuration,
      ),
    );
    if (!Array.isArray(results) || !results.every((n) => typeof n === 'number')) {
      throw new TypeError('Unexpected answer from the rate-limit script');
    }
    const [totalHits, timeToExpire, isBlocked, timeToBlockExpire] = results as number[];
    return {
      totalHits,
      timeToExpire: Math.ceil(timeToExpire / 1000),
      isBlocked: isBlocked === 1,
      timeToBlockExpire: Math.ceil(timeToBlockExpire / 1000),
    };
  }
}
