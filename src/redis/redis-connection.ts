import { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis, { Cluster } from 'ioredis';
import type { RedisSettings } from '../config/redis-config';
import { clusterOptions, COMMAND_DEADLINE_MS, standaloneOptions } from './redis-client-options';
import { clearSocketTimeoutOnClose } from './stale-socket-timeout';
import { withDeadline } from './with-deadline';

export type RedisClient = Redis | Cluster;

/** A Lua script registered once on the client; one key's slot decides the node in a cluster. */
export type RedisScript = (keys: string[], args: (string | number)[]) => Promise<unknown>;

/**
 * The service's one Redis connection — standalone or cluster, configured once (fail fast, never
 * replay; see redis-client-options.ts), shared by the rate limiter, the attempt limiters, the
 * attribute cache and the pending changes, connected at start-up and closed on shutdown.
 */
export class RedisConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private healthy = true;
  private lastError: Error | undefined;
  private scriptCount = 0;

  constructor(
    readonly client: RedisClient,
    readonly cluster: boolean,
    private readonly deadlineMs = COMMAND_DEADLINE_MS,
  ) {
    client.on('error', (error: Error) => {
      this.lastError = error;
      this.markUnhealthy(error);
    });
    client.on('ready', () => this.markHealthy());
    clearSocketTimeoutOnClose(client);
  }

  static fromSettings(settings: RedisSettings): RedisConnection {
    const client = settings.cluster
      ? new Cluster(settings.nodes, clusterOptions(settings))
      : new Redis(standaloneOptions(settings));
    return new RedisConnection(client, settings.cluster);
  }

  /** Start-up fails loudly when REDIS_URL is set but Redis does not answer. */
  async onModuleInit(): Promise<void> {
    try {
      await this.client.connect();
      // Cluster nodes connect lazily; a command meeting a node that is still connecting is refused
      // (fail fast), so connect every primary now, not on the first requests.
      if (this.client instanceof Cluster) {
        await Promise.all(this.client.nodes('master').map((node) => node.ping()));
      }
    } catch (error) {
      this.client.disconnect();
      const reason = (this.lastError ?? (error as Error)).message;
      throw new Error(
        `REDIS_URL is set but Redis did not answer (${reason}); ` +
          'start Redis or unset REDIS_URL for per-instance limits and cache.',
        { cause: error },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client.status === 'ready') {
      await withDeadline(this.client.quit(), this.deadlineMs).catch(() => undefined);
    }
    // Also cancels a pending reconnect when Redis is already gone.
    this.client.disconnect();
  }

  /** Runs one command with the service's deadline; rejects at once while Redis is unreachable. */
  run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    let sent: Promise<T>;
    try {
      sent = command(this.client);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return withDeadline(sent, this.deadlineMs).then(
      (value) => {
        if (!this.healthy) this.markHealthy();
        return value;
      },
      (error: Error) => {
        if (!isScriptError(error)) this.markUnhealthy(error);
        throw error;
      },
    );
  }

  /** Registers `lua` (EVALSHA, falling back to EVAL on NOSCRIPT; per node in a cluster). */
  script(lua: string, numberOfKeys: number): RedisScript {
    const name = `profileBffScript${++this.scriptCount}`;
    this.client.defineCommand(name, { lua, numberOfKeys });
    return (keys, args) =>
      this.run((client) => {
        const send = (client as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[
          name
        ];
        return send.call(client, ...keys, ...args);
      });
  }

  private markHealthy(): void {
    if (!this.healthy) this.logger.log('Redis reachable again');
    this.healthy = true;
  }

  private markUnhealthy(error: Error): void {
    if (!this.healthy) return;
    this.healthy = false;
    // Once per outage: rate limits are not enforced and reads go upstream until it is back.
    this.logger.warn(
      { err: { name: error.name, message: error.message } },
      'Redis unreachable: rate limits fail open, cache reads go upstream',
    );
  }
}

/** An error Redis answered with (the script's own fault), not a connection problem. */
function isScriptError(error: Error): boolean {
  return error.name === 'ReplyError';
}
