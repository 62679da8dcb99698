import type {
  AgendaItemDto,
  CreateEventInput,
  EventDashboardDto,
  EventDto,
  EventPageDto,
  ImportJobDto,
  KindPair,
  PairDto,
  PairPageDto,
  PairStatus,
  ParticipantDto,
  ParticipantPageDto,
  JoinedStatus,
  ScheduleDto,
  ScheduleJobDto,
  SessionPlanInput,
  WhyNotHigherDto,
} from '@musubi/shared';
import { api } from './client';
import { withQuery } from './query';

export type EventScope = 'upcoming' | 'past' | 'mine' | 'drafts' | 'invitations';
export type PairAction = 'approve' | 'reject' | 'reset' | 'pin' | 'unpin';

export const eventPath = (id: string) => `/api/events/${encodeURIComponent(id)}`;

// ---- events ----

export function fetchEvents(
  scope: EventScope,
  options: { q?: string; cursor?: string; limit?: number } = {},
): Promise<EventPageDto> {
  return api.get<EventPageDto>(withQuery('/api/events', { scope, ...options }));
}

export function fetchEvent(id: string): Promise<EventDto> {
  return api.get<EventDto>(eventPath(id));
}

export function createEvent(input: CreateEventInput): Promise<EventDto> {
  return api.post<EventDto>('/api/events', input);
}

/** The fields of an event an edit may send, with the version it was based on. */
export type EventPatch = Partial<Omit<CreateEventInput, 'onlineUrl' | 'sessionPlan'>> & {
  version: number;
  onlineUrl?: string | null;
  sessionPlan?: SessionPlanInput | null;
};

export function updateEvent(id: string, patch: EventPatch): Promise<EventDto> {
  return api.patch<EventDto>(eventPath(id), patch);
}

export function transitionEvent(id: string, action: 'publish' | 'close', version: number): Promise<EventDto> {
  return api.post<EventDto>(`${eventPath(id)}/${action}`, { version });
}

/** Invites a co-organiser by email (the answer is the same whether or not the email has an account). */
export function inviteOrganiser(id: string, email: string): Promise<EventDto> {
  return api.post<EventDto>(`${eventPath(id)}/organisers`, { email });
}

/** Takes a co-organiser invitation off the event's list. */
export function withdrawOrganiserInvitation(id: string, email: string): Promise<EventDto> {
  return api.delete<EventDto>(`${eventPath(id)}/organisers/invitations/${encodeURIComponent(email)}`);
}

/** Accepts or declines the viewer's invitation to co-organise the event. */
export function answerOrganiserInvitation(id: string, answer: 'accept' | 'decline'): Promise<EventDto> {
  return api.post<EventDto>(`${eventPath(id)}/organisers/invitation/${answer}`, {});
}

export function removeOrganiser(id: string, userId: string): Promise<EventDto> {
  return api.delete<EventDto>(`${eventPath(id)}/organisers/${encodeURIComponent(userId)}`);
}

// ---- taking part ----

export function joinEvent(id: string, availability?: boolean[]): Promise<EventDto> {
  return api.post<EventDto>(`${eventPath(id)}/join`, availability ? { availability } : {});
}

/** Accepts or declines the viewer's invitation to take part in the event. */
export function answerInvitation(id: string, answer: 'accept' | 'decline'): Promise<EventDto> {
  return api.post<EventDto>(`${eventPath(id)}/invitation/${answer}`, {});
}

export function leaveEvent(id: string): Promise<EventDto> {
  return api.delete<EventDto>(`${eventPath(id)}/join`);
}

export function saveEventAvailability(id: string, availability: boolean[]): Promise<EventDto> {
  return api.put<EventDto>(`${eventPath(id)}/me/availability`, { availability });
}

/** The viewer's own meetings at the event (the server answers with the list itself). */
export async function fetchAgenda(id: string): Promise<AgendaItemDto[]> {
  const body = await api.get<AgendaItemDto[] | { items: AgendaItemDto[] }>(`${eventPath(id)}/agenda`);
  return Array.isArray(body) ? body : body.items;
}

// ---- participants ----

export function fetchParticipants(
  id: string,
  options: { status?: JoinedStatus; q?: string; cursor?: string; limit?: number } = {},
): Promise<ParticipantPageDto> {
  return api.get<ParticipantPageDto>(withQuery(`${eventPath(id)}/participants`, options));
}

export function decideParticipant(
  id: string,
  profileId: string,
  action: 'approve' | 'reject',
): Promise<ParticipantDto> {
  return api.post<ParticipantDto>(`${eventPath(id)}/participants/${encodeURIComponent(profileId)}/${action}`);
}

/** Starts an import: the server stores the rows and answers with a job admitted in the background. */
export function importParticipants(id: string, csv: string): Promise<ImportJobDto> {
  return api.post<ImportJobDto>(`${eventPath(id)}/participants/import`, { csv });
}

export function fetchImportJob(id: string, jobId: string): Promise<ImportJobDto> {
  return api.get<ImportJobDto>(`${eventPath(id)}/participants/import/${encodeURIComponent(jobId)}`);
}

// ---- curation ----

export interface PairsFilter {
  status?: PairStatus[];
  kinds?: KindPair[];
  q?: string;
  pinned?: boolean;
  cursor?: string;
  limit?: number;
  /** The language of the reasons. */
  lang?: string;
}

export function pairsUrl(id: string, filter: PairsFilter = {}): string {
  return withQuery(`${eventPath(id)}/pairs`, {
    status: filter.status?.length ? filter.status.join(',') : undefined,
    kinds: filter.kinds?.length ? filter.kinds.join(',') : undefined,
    q: filter.q?.trim() || undefined,
    pinned: filter.pinned === undefined ? undefined : String(filter.pinned),
    cursor: filter.cursor,
    limit: filter.limit,
    lang: filter.lang,
  });
}

export function fetchPairs(id: string, filter: PairsFilter = {}): Promise<PairPageDto> {
  return api.get<PairPageDto>(pairsUrl(id, filter));
}

const pairPath = (id: string, key: string) => `${eventPath(id)}/pairs/${encodeURIComponent(key)}`;

export function decidePair(id: string, key: string, action: PairAction): Promise<PairDto> {
  return api.post<PairDto>(`${pairPath(id, key)}/decision`, { action });
}

export function createManualPair(id: string, a: string, b: string): Promise<PairDto> {
  return api.post<PairDto>(`${eventPath(id)}/pairs`, { a, b });
}

export function bulkApprovePairs(
  id: string,
  top: number,
  kinds?: KindPair[],
): Promise<{ approved: number; keys: string[] }> {
  return api.post<{ approved: number; keys: string[] }>(
    `${eventPath(id)}/pairs/bulk-approve`,
    kinds?.length ? { top, kinds } : { top },
  );
}

/** The default introduction (ja/en template filled in) in `lang`, else the viewer's language. */
export function fetchIntroduction(id: string, key: string, lang?: string): Promise<{ message: string }> {
  return api.get<{ message: string }>(withQuery(`${pairPath(id, key)}/introduction`, { lang }));
}

/** What holds a pair's score down (organisers only). */
export function fetchWhyNotHigher(id: string, key: string): Promise<WhyNotHigherDto> {
  return api.get<WhyNotHigherDto>(`${pairPath(id, key)}/why-not-higher`);
}

export function introducePair(id: string, key: string, message: string): Promise<PairDto> {
  return api.post<PairDto>(`${pairPath(id, key)}/introduce`, { message });
}

// ---- schedule ----

export function fetchSchedule(id: string): Promise<ScheduleDto> {
  return api.get<ScheduleDto>(`${eventPath(id)}/schedule`);
}

export function generateSchedule(
  id: string,
  options: { fillWithSuggestions?: boolean; keepLocked?: boolean } = {},
): Promise<ScheduleDto> {
  return api.post<ScheduleDto>(`${eventPath(id)}/schedule/generate`, options);
}

/** The event's latest schedule generation: phase and progress while it runs. */
export function fetchScheduleJob(id: string): Promise<ScheduleJobDto> {
  return api.get<ScheduleJobDto>(`${eventPath(id)}/schedule/job`);
}

const scheduledPath = (id: string, key: string) => `${eventPath(id)}/schedule/meetings/${encodeURIComponent(key)}`;

export function updateScheduledMeeting(
  id: string,
  key: string,
  change: { round?: number; table?: number; locked?: boolean },
): Promise<ScheduleDto> {
  return api.patch<ScheduleDto>(scheduledPath(id, key), change);
}

export function removeScheduledMeeting(id: string, key: string): Promise<ScheduleDto> {
  return api.delete<ScheduleDto>(scheduledPath(id, key));
}

export function addScheduledMeeting(
  id: string,
  input: { a: string; b: string; round: number; table: number; locked?: boolean },
): Promise<ScheduleDto> {
  return api.post<ScheduleDto>(`${eventPath(id)}/schedule/meetings`, input);
}

export function publishSchedule(id: string): Promise<ScheduleDto> {
  return api.post<ScheduleDto>(`${eventPath(id)}/schedule/publish`);
}

// ---- organiser views ----

export function fetchDashboard(id: string): Promise<EventDashboardDto> {
  return api.get<EventDashboardDto>(`${eventPath(id)}/dashboard`);
}

export const exportUrl = (id: string, what: 'participants' | 'pairs' | 'schedule') =>
  `${eventPath(id)}/export/${what}.csv`;
