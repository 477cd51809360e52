import { once } from 'node:events';
import { createServer, Server, Socket } from 'node:net';
import Redis from 'ioredis';
import { RedisConnection } from './redis-connection';

/**
 * A fake Redis on loopback (a real redis-server cannot drop one chosen connection mid-command):
 * the first connection swallows its first PING and is then dropped, as when Redis hangs and is
 * killed; every later connection answers.
 */
async function flakyServer(): Promise<{ server: Server; port: number }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    const connection = ++connections;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (data) => {
      // One answer per command (the client's hello commands may arrive in one chunk).
      for (const [, name] of data.toString().matchAll(/\*\d+\r\n\$\d+\r\n(\w+)/g)) {
        if (name.toLowerCase() !== 'ping') socket.write('+OK\r\n');
        else if (connection === 1) setTimeout(() => socket.destroy(), 20);
        else socket.write('+PONG\r\n');
      }
    });
  });
  server.on('close', () => sockets.forEach((socket) => socket.destroy()));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as { port: number }).port };
}

describe('RedisConnection after a dropped connection', () => {
  it('keeps the new connection when the old one’s socket timeout comes due', async () => {
    const { server, port } = await flakyServer();
    const client = new Redis({
      host: '127.0.0.1',
      port,
      lazyConnect: true,
      enableReadyCheck: false,
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 0,
      socketTimeout: 300,
      retryStrategy: () => 10,
    });
    const connection = new RedisConnection(client, false, 1_000);
    let closes = 0;
    client.on('close', () => closes++);
    try {
      await connection.onModuleInit();
      // Unanswered, then the connection drops: the 300 ms socket timeout was armed for it.
      await expect(connection.run((c) => c.ping())).rejects.toThrow();
      await once(client, 'ready');
      await expect(connection.run((c) => c.ping())).resolves.toBe('PONG');
      // Past the old connection's timeout: the new one, which answered, is still there.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(closes).toBe(1);
      expect(client.status).toBe('ready');
      await expect(connection.run((c) => c.ping())).resolves.toBe('PONG');
    } finally {
      client.disconnect();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
