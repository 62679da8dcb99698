export { meetingsRouter } from './meetings.routes';
export { calendarRouter } from './calendar.routes';
export { registerMeetingListeners } from './meetings.listeners';
export { startMeetingScheduler, sendDueReminders, sweepExpired } from './scheduler';
export { setMeetingClock } from './clock';
export type { MeetingsDeps } from './meetings.access';
export { MeetingModel, type MeetingRecord } from './meeting.model';
import './meetings.events';
/** Accepted meetings an event's schedule creates (used by the events feature). */
export * from './event-meetings';
