import type {
  AvailabilityDto,
  AvailabilityInput,
  CalendarFeedDto,
  CreateMeetingInput,
  FreeSlotsDto,
  MeetingBox,
  MeetingDto,
  MeetingLocation,
  MeetingOutcome,
  MeetingPageDto,
  MeetingStatsDto,
  SlotInput,
} from '@musubi/shared';
import { api } from './client';
import { withQuery } from './query';

const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

export async function createMeeting(input: CreateMeetingInput): Promise<MeetingDto> {
  return api.post<MeetingDto>('/api/meetings', input);
}

export async function fetchMeetings(
  box: MeetingBox,
  options: { profileId?: string; cursor?: string; limit?: number } = {},
): Promise<MeetingPageDto> {
  return api.get<MeetingPageDto>(withQuery('/api/meetings', { box, ...options }));
}

export async function fetchMeeting(id: string): Promise<MeetingDto> {
  return api.get<MeetingDto>(meetingPath(id));
}

/** The proposing side changes a pending request. */
export async function editMeeting(
  id: string,
  input: { version: number; slots?: SlotInput[]; message?: string; location?: MeetingLocation },
): Promise<MeetingDto> {
  return api.patch<MeetingDto>(meetingPath(id), input);
}

export async function acceptMeeting(id: string, version: number, start: string): Promise<MeetingDto> {
  return api.post<MeetingDto>(`${meetingPath(id)}/accept`, { version, start });
}

export async function declineMeeting(id: string, version: number, reason: string): Promise<MeetingDto> {
  return api.post<MeetingDto>(`${meetingPath(id)}/decline`, { version, reason });
}

export async function cancelMeeting(id: string, version: number, reason: string): Promise<MeetingDto> {
  return api.post<MeetingDto>(`${meetingPath(id)}/cancel`, { version, reason });
}

/** Counter-propose (pending) or reschedule (accepted): both send new slots. */
export async function proposeNewSlots(
  id: string,
  action: 'counter' | 'reschedule',
  input: { version: number; slots: SlotInput[]; message?: string },
): Promise<MeetingDto> {
  return api.post<MeetingDto>(`${meetingPath(id)}/${action}`, input);
}

export async function saveMeetingOutcome(
  id: string,
  input: { outcome: MeetingOutcome | null; notes: string },
): Promise<MeetingDto> {
  return api.put<MeetingDto>(`${meetingPath(id)}/outcome`, input);
}

/** Where the browser downloads the meeting's .ics file. */
export const meetingIcsUrl = (id: string) => `${meetingPath(id)}/ics`;

export async function fetchMeetingStats(): Promise<MeetingStatsDto> {
  return api.get<MeetingStatsDto>('/api/meetings/stats');
}

export async function fetchAvailability(): Promise<AvailabilityDto> {
  return api.get<AvailabilityDto>('/api/meetings/availability');
}

export async function saveAvailability(input: AvailabilityInput): Promise<AvailabilityDto> {
  return api.put<AvailabilityDto>('/api/meetings/availability', input);
}

export async function fetchFreeSlots(profileId: string, duration: number): Promise<FreeSlotsDto> {
  return api.get<FreeSlotsDto>(withQuery('/api/meetings/free-slots', { profileId, duration }));
}

export async function fetchCalendarFeed(): Promise<CalendarFeedDto> {
  return api.get<CalendarFeedDto>('/api/calendar/feed');
}

/** Creates the feed, or replaces its secret URL (the old one stops working). */
export async function rotateCalendarFeed(): Promise<CalendarFeedDto> {
  return api.post<CalendarFeedDto>('/api/calendar/feed');
}

export async function revokeCalendarFeed(): Promise<void> {
  await api.delete<unknown>('/api/calendar/feed');
}
