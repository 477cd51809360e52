import { createServer } from 'node:net';

/** Node's inspector default: a debugger would collide with an emulator listening there. */
export const NODE_INSPECTOR_PORT = 9229;

function listenOnce(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

export async function isPortFree(host: string, port: number): Promise<boolean> {
  try {
    await listenOnce(host, port);
    return true;
  } catch {
    return false;
  }
}

/** A port the OS says is free right now (the emulator binds it a moment later). */
export async function findFreePort(host: string): Promise<number> {
  for (;;) {
    const port = await listenOnce(host, 0);
    if (port !== NODE_INSPECTOR_PORT) return port;
  }
}
