import type {
  AdminPageDto,
  OrganiserItemDto,
  OrganiserRequestInput,
  OrganiserRequestItemDto,
  UserDto,
} from '@musubi/shared';
import { api } from './client';
import { withQuery } from './query';

/** A member asks to organise events (or updates the note of a pending request). */
export async function requestOrganiserRole(input: OrganiserRequestInput): Promise<UserDto> {
  return (await api.post<{ user: UserDto }>('/api/me/organiser-request', input)).user;
}

/** Admins: pending requests, oldest first. */
export async function fetchOrganiserRequests(cursor?: string): Promise<AdminPageDto<OrganiserRequestItemDto>> {
  return api.get(withQuery('/api/admin/organiser-requests', { cursor }));
}

/** Admins: every organiser. */
export async function fetchOrganisers(cursor?: string): Promise<AdminPageDto<OrganiserItemDto>> {
  return api.get(withQuery('/api/admin/organisers', { cursor }));
}

export async function decideOrganiserRequest(userId: string, decision: 'grant' | 'decline'): Promise<void> {
  await api.post(`/api/admin/organiser-requests/${encodeURIComponent(userId)}/${decision}`);
}

export async function revokeOrganiser(userId: string): Promise<void> {
  await api.post(`/api/admin/organisers/${encodeURIComponent(userId)}/revoke`);
}
