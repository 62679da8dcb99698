import type {
  ApplicationDto,
  ApplicationPageDto,
  ApplicationStatus,
  CallCandidatePageDto,
  CallDto,
  CallInvitationDto,
  CallPageDto,
  CallStatus,
  CallSuggestionDto,
  ConversationDto,
  CreateCallInput,
  LocalizedText,
  MyApplicationDto,
  UpdateCallInput,
} from '@musubi/shared';
import { api } from './client';
import { withQuery } from './query';

export type CallScope = 'open' | 'mine' | 'all';

export interface CallFilters {
  q?: string;
  tags?: string[];
  offers?: string[];
  kinds?: string[];
  areas?: string[];
}

export type CallPatch = UpdateCallInput;

export const callPath = (id: string) => `/api/calls/${encodeURIComponent(id)}`;
const applicationPath = (callId: string, applicationId: string) =>
  `${callPath(callId)}/applications/${encodeURIComponent(applicationId)}`;

const csv = (values: string[] | undefined) => (values?.length ? values.join(',') : undefined);

// ---- calls ----

/** The URL of a page of calls (the tests match on it). */
export function callsUrl(scope: CallScope, filters: CallFilters = {}, cursor?: string): string {
  return withQuery('/api/calls', {
    scope,
    q: filters.q?.trim() || undefined,
    tag: csv(filters.tags),
    offers: csv(filters.offers),
    kind: csv(filters.kinds),
    area: csv(filters.areas),
    cursor,
  });
}

export function fetchCalls(scope: CallScope, filters: CallFilters = {}, cursor?: string): Promise<CallPageDto> {
  return api.get<CallPageDto>(callsUrl(scope, filters, cursor));
}

export function fetchCall(id: string): Promise<CallDto> {
  return api.get<CallDto>(callPath(id));
}

export function createCall(input: CreateCallInput): Promise<CallDto> {
  return api.post<CallDto>('/api/calls', input);
}

export function updateCall(id: string, patch: CallPatch): Promise<CallDto> {
  return api.patch<CallDto>(callPath(id), patch);
}

export function changeCallStatus(id: string, version: number, status: CallStatus): Promise<CallDto> {
  return api.post<CallDto>(`${callPath(id)}/status`, { version, status });
}

export function fetchCallsForMe(): Promise<CallSuggestionDto[]> {
  return api.get<CallSuggestionDto[]>('/api/calls/for-me');
}

// ---- candidates ----

export function fetchCandidates(id: string, cursor?: string): Promise<CallCandidatePageDto> {
  return api.get<CallCandidatePageDto>(withQuery(`${callPath(id)}/candidates`, { cursor }));
}

export function inviteCandidate(id: string, profileId: string, message: string): Promise<CallInvitationDto> {
  return api.post<CallInvitationDto>(`${callPath(id)}/invitations`, { profileId, message });
}

// ---- applications ----

export function applyToCall(id: string, pitch: LocalizedText, links: string[]): Promise<ApplicationDto> {
  return api.post<ApplicationDto>(`${callPath(id)}/applications`, { pitch, links });
}

export function applicationsUrl(id: string, status?: ApplicationStatus[], cursor?: string): string {
  return withQuery(`${callPath(id)}/applications`, { status: csv(status), cursor });
}

export function fetchApplications(
  id: string,
  status?: ApplicationStatus[],
  cursor?: string,
): Promise<ApplicationPageDto> {
  return api.get<ApplicationPageDto>(applicationsUrl(id, status, cursor));
}

export function fetchMyApplications(): Promise<MyApplicationDto[]> {
  return api.get<MyApplicationDto[]>('/api/me/applications');
}

export function reviewApplication(
  callId: string,
  applicationId: string,
  change: { version: number; status?: Exclude<ApplicationStatus, 'withdrawn'>; notes?: string },
): Promise<ApplicationDto> {
  return api.patch<ApplicationDto>(applicationPath(callId, applicationId), change);
}

export function withdrawApplication(callId: string, applicationId: string, version: number): Promise<ApplicationDto> {
  return api.post<ApplicationDto>(`${applicationPath(callId, applicationId)}/withdraw`, { version });
}

/** Starts (or reopens) the poster's conversation with an applicant. */
export function conversationWithApplicant(callId: string, applicationId: string): Promise<ConversationDto> {
  return api.post<ConversationDto>(`${applicationPath(callId, applicationId)}/conversation`);
}
