import { createServer, Server, Socket, connect } from 'node:net';
import { RedisDeadlineError, withDeadline } from './with-deadline';

describe('withDeadline', () => {
  it('passes an answer or a failure through', async () => {
    await expect(withDeadline(Promise.resolve(1), 50)).resolves.toBe(1);
    await expect(withDeadline(Promise.reject(new Error('no')), 50)).rejects.toThrow('no');
  });

  it('rejects with RedisDeadlineError when nothing answers in time', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withDeadline(never, 20)).rejects.toBeInstanceOf(RedisDeadlineError);
  });

  it('reads an answer that arrived while the process was stalled, instead of timing out', async () => {
    // A real socket: the reply reaches the kernel buffer while the event loop is blocked, as on a
    // loaded machine. A plain timer (ioredis commandTimeout) fires before Node reads the socket.
    let server!: Server;
    let peer!: Socket;
    const port = await new Promise<number>((resolve) => {
      server = createServer((s) => (peer = s)).listen(0, '127.0.0.1', () =>
        resolve((server.address() as { port: number }).port),
      );
    });
    const client = connect(port, '127.0.0.1');
    await new Promise((resolve) => client.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const answer = new Promise<string>((resolve) =>
      client.once('data', (chunk) => resolve(chunk.toString())),
    );
    const guarded = withDeadline(answer, 50);
    const plain = Promise.race([
      answer,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 50)),
    ]);
    plain.catch(() => undefined);
    // The answer arrives, then the process gets no CPU for 200 ms (blocked in the check phase, as
    // after a burst of request handlers); the next loop iteration runs expired timers first.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        peer.write('PONG');
        const until = Date.now() + 200;
        while (Date.now() < until);
        resolve();
      }),
    );
    await expect(guarded).resolves.toBe('PONG');
    await expect(plain).rejects.toThrow('timed out');
    client.destroy();
    peer.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
});
