import type { FeedbackAction, SavedPageDto, SuggestionPageDto } from '@musubi/shared';
import { api, ApiError } from './client';

export interface FeedbackResultDto {
  profileId: string;
  action: FeedbackAction;
  /** When a "not now" ends (ISO time); null for the other actions. */
  until: string | null;
}

/** One page of suggestions; `query` is the filters, `lang` and `cursor` as URL parameters (without `?`). */
export async function fetchSuggestions(query: string): Promise<SuggestionPageDto> {
  return api.get<SuggestionPageDto>(query ? `/api/matches/suggestions?${query}` : '/api/matches/suggestions');
}

/** Saves, dismisses or hides ("not now") a suggested profile; the latest action replaces the last. */
export async function sendFeedback(profileId: string, action: FeedbackAction): Promise<FeedbackResultDto> {
  return api.post<FeedbackResultDto>(`/api/matches/${encodeURIComponent(profileId)}/feedback`, { action });
}

/** Forgets the viewer's action on a profile: undoes a dismissal or "not now", or unsaves it. */
export async function clearFeedback(profileId: string): Promise<void> {
  await api.delete<void>(`/api/matches/${encodeURIComponent(profileId)}/feedback`);
}

/** One page of the profiles the viewer saved, most recent first. */
export async function fetchSavedProfiles(query: string): Promise<SavedPageDto> {
  return api.get<SavedPageDto>(query ? `/api/matches/saved?${query}` : '/api/matches/saved');
}

/** Suggestions need the viewer's own profile: the server answers 409 with this reason until there is one. */
export function isProfileRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict' && error.details?.reason === 'profile_required';
}

const DEFAULT_WARM_UP_WAIT_MS = 2000;
const MAX_WARM_UP_WAIT_MS = 30_000;

/**
 * How long to wait before asking again when the matching index is still being built (503), going
 * by Retry-After; null for any other failure.
 */
export function warmUpRetryDelay(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 503 || error.code !== 'service_unavailable') return null;
  const seconds = error.details?.retryAfterSeconds;
  const wait = typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : DEFAULT_WARM_UP_WAIT_MS;
  return Math.min(wait, MAX_WARM_UP_WAIT_MS);
}
