import type Redis from 'ioredis';
import { Cluster } from 'ioredis';

/**
 * ioredis 5 keeps the `socketTimeout` timer on the client, not on the socket it was armed for
 * (redis/ioredis#2147, fixed in ioredis 6): when a connection drops with a command unanswered
 * (Redis hung, then was killed) and the client reconnects before that timer fires, the timer
 * destroys the new, healthy connection — one more outage, seconds after Redis came back. ioredis 6
 * clears the timer in its close handler; this does the same from the client's `close` event, which
 * ioredis emits before it reconnects. Harmless once ioredis clears it itself.
 */
export function clearSocketTimeoutOnClose(client: Redis | Cluster): void {
  const watch = (node: Redis) =>
    node.on('close', () => {
      const owner = node as unknown as { socketTimeoutTimer?: NodeJS.Timeout };
      clearTimeout(owner.socketTimeoutTimer);
      owner.socketTimeoutTimer = undefined;
    });
  if (client instanceof Cluster) client.on('+node', watch);
  else watch(client);
}
