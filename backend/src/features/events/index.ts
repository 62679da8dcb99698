export { eventsRouter } from './events.routes';
export type { EventsDeps } from './events.deps';
export { EventModel, ParticipantModel } from './event.model';
export { registerEventListeners } from './events.listeners';
export { createSchedulePool, type SchedulePool } from './schedule-worker/schedule-pool';
export { createImportRunner, type ImportRunner } from './import-runner';
