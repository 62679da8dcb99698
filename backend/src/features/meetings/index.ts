export { meetingsRouter } from './meetings.routes';
export { calendarRouter } from './calendar.routes';
export { registerMeetingListeners } from './meetings.listeners';
export { startMeetingScheduler, sendDueReminders, sweepExpired } from './scheduler';
export { setMeetingClock } from './clock';
export type { MeetingsDeps } from './meetings.access';
import './meetings.events';
