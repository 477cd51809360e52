import 'reflect-metadata';
import { AppLogger } from './common/logging/app-logger';
import { loadEnvironment } from './config/app-config';
import { startService } from './start-service';

async function main(): Promise<void> {
  const service = await startService(loadEnvironment());
  const shutdown = (signal: NodeJS.Signals): void => {
    service.app.get(AppLogger).log(`${signal}: draining in-flight requests, then stopping`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`profile-bff did not stop cleanly: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  // Start-up failures (bad env, broken policy file, emulator not starting) end here, readably.
  process.stderr.write(`profile-bff failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
