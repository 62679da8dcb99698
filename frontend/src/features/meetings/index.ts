export { AvailabilitySection } from './AvailabilitySection';
export { CalendarFeedSection } from './CalendarFeedSection';
export { MeetingDetailPage } from './MeetingDetailPage';
export { MeetingsPage } from './MeetingsPage';
export { MeetingStatsCard } from './MeetingStatsCard';
export { formatDay, formatTime } from './meetingTime';
export { RequestMeetingButton } from './RequestMeetingButton';
