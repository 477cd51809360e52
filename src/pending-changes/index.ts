export type { PendingChange, PendingChanges } from './pending-change';
export { PENDING_CHANGE_LIFETIME_MS } from './pending-change';
export { PendingChangesModule } from './pending-changes.module';
export { PendingChangesService, type PendingSubject } from './pending-changes.service';
export { PendingChangesStore } from './pending-changes-store';
