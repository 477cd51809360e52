import { Global, Module } from '@nestjs/common';
import { AuditLogger } from '../common/audit/audit-logger';
import { AuditModule } from '../common/audit/audit.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MemoryPendingChangesStore } from './memory-pending-changes-store';
import { PendingChangesService } from './pending-changes.service';
import { PendingChangesStore } from './pending-changes-store';
import { createPendingChangesRedis, RedisPendingChangesStore } from './redis-pending-changes-store';

/** REDIS_URL → shared by every instance through Redis; otherwise this instance's memory. */
export function createPendingChangesStore(config: AppConfig): PendingChangesStore {
  if (config.redisUrl) {
    return new RedisPendingChangesStore({
      client: createPendingChangesRedis(config.redisUrl),
      owned: true,
    });
  }
  return new MemoryPendingChangesStore();
}

/** Global so the /me, admin and verification paths share one store. */
@Global()
@Module({
  imports: [AuditModule],
  providers: [
    { provide: PendingChangesStore, inject: [APP_CONFIG], useFactory: createPendingChangesStore },
    {
      provide: PendingChangesService,
      inject: [PendingChangesStore, AuditLogger],
      useFactory: (store: PendingChangesStore, audit: AuditLogger) =>
        new PendingChangesService(store, audit),
    },
  ],
  exports: [PendingChangesStore, PendingChangesService],
})
export class PendingChangesModule {}
