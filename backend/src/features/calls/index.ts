export { callsRouter } from './calls.routes';
export type { CallsDeps } from './applications.service';
export { setCallsClock } from './clock';
export { wallClockToInstant } from './deadline';
export { CallModel, ApplicationModel, type CallRecord, type ApplicationRecord } from './call.model';
