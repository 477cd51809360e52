/** A throwaway redis-server for the shared-cache measurement, when one is installed. */
import { startRedis, TestRedis } from '../../test/support/redis-server';

export async function startBenchRedis(): Promise<TestRedis | undefined> {
  try {
    return await startRedis();
  } catch (error) {
    process.stderr.write(`[bench] no Redis measurement: ${(error as Error).message}\n`);
    return undefined;
  }
}
