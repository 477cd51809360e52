import { Global, Module } from '@nestjs/common';
import { AuditLogger } from '../common/audit/audit-logger';
import { AuditModule } from '../common/audit/audit.module';
import { REDIS_CONNECTION, RedisConnection } from '../redis';
import { MemoryPendingChangesStore } from './memory-pending-changes-store';
import { PendingChangesService } from './pending-changes.service';
import { PendingChangesStore } from './pending-changes-store';
import { RedisPendingChangesStore } from './redis-pending-changes-store';

/** REDIS_URL → shared by every instance through the one Redis connection; otherwise memory. */
export function createPendingChangesStore(redis: RedisConnection | null): PendingChangesStore {
  return redis ? new RedisPendingChangesStore(redis) : new MemoryPendingChangesStore();
}

/** Global so the /me, admin and verification paths share one store. */
@Global()
@Module({
  imports: [AuditModule],
  providers: [
    {
      provide: PendingChangesStore,
      inject: [REDIS_CONNECTION],
      useFactory: createPendingChangesStore,
    },
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
