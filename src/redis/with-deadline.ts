/** A Redis command that did not answer in time; the caller falls back (upstream read, fail open). */
export class RedisDeadlineError extends Error {
  override readonly name = 'RedisDeadlineError';
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
  }
}

/**
 * `command`, or a RedisDeadlineError once `ms` have passed without an answer.
 *
 * Why not ioredis's `commandTimeout`: its timer fires in the event loop's timers phase, which Node
 * runs before it reads the sockets. When the process was busy or descheduled for longer than the
 * timeout (a loaded machine, a long GC, a burst of requests), every command in flight "times out"
 * although Redis answered long ago and the answer is sitting in the socket buffer — and each such
 * read then went upstream on its own. Here the expired timer first yields once (setImmediate runs
 * after the poll phase), so an answer that has arrived is read before the verdict.
 */
export function withDeadline<T>(command: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      setImmediate(() => {
        if (settled) return;
        settled = true;
        reject(new RedisDeadlineError(ms));
      });
    }, ms);
    command.then(
      (value) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
