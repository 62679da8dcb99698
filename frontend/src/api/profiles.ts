import type {
  ProfileDraftDto,
  ProfileDraftInput,
  ProfileDto,
  ProfilePageDto,
  UpsertProfileInput,
} from '@musubi/shared';
import { api, ApiError } from './client';

interface ProfileResponse {
  profile: ProfileDto;
}

interface DraftResponse {
  draft: ProfileDraftDto;
}

/** Resolves to null instead of throwing when the server says there is nothing (404). */
async function orNullWhenMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The signed-in user's profile, or null before they have created one. */
export async function fetchMyProfile(): Promise<ProfileDto | null> {
  const body = await orNullWhenMissing(api.get<ProfileResponse>('/api/profiles/me'));
  return body?.profile ?? null;
}

/** Creates (no `version`) or replaces (the `version` it was loaded with) the user's profile. */
export async function saveMyProfile(input: UpsertProfileInput): Promise<ProfileDto> {
  return (await api.put<ProfileResponse>('/api/profiles/me', input)).profile;
}

/** The onboarding wizard's saved progress, or null when there is none. */
export async function fetchMyDraft(): Promise<ProfileDraftDto | null> {
  const body = await orNullWhenMissing(api.get<DraftResponse>('/api/profiles/me/draft'));
  return body?.draft ?? null;
}

export async function saveMyDraft(draft: ProfileDraftInput): Promise<void> {
  await api.put<DraftResponse>('/api/profiles/me/draft', draft);
}

export async function deleteMyDraft(): Promise<void> {
  await api.delete<void>('/api/profiles/me/draft');
}

/** A profile the viewer may see (404 otherwise, whether it exists or not). */
export async function fetchProfile(id: string): Promise<ProfileDto> {
  return (await api.get<ProfileResponse>(`/api/profiles/${encodeURIComponent(id)}`)).profile;
}

/** One page of the directory; `query` is the filters as URL parameters (without `?`). */
export async function listProfiles(query: string): Promise<ProfilePageDto> {
  return api.get<ProfilePageDto>(query ? `/api/profiles?${query}` : '/api/profiles');
}

/** Uploads the picture itself as the body (PNG, JPEG or WebP up to 1 MB; 413/415 otherwise). */
export async function uploadMyAvatar(image: Blob): Promise<ProfileDto> {
  return (await api.put<ProfileResponse>('/api/profiles/me/avatar', image)).profile;
}

/** Removes the picture: the profile shows its initials again. */
export async function removeMyAvatar(): Promise<ProfileDto> {
  return (await api.delete<ProfileResponse>('/api/profiles/me/avatar')).profile;
}
