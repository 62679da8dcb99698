import type { NotificationPageDto } from '@musubi/shared';
import { api } from './client';
import { queryString } from './query';

/** The query string for a page of notifications (`cursor` is added by the pager). */
export function notificationsQuery(options: { unreadOnly?: boolean; limit?: number }): string {
  return queryString({ unreadOnly: options.unreadOnly ? 'true' : undefined, limit: options.limit || undefined });
}

/** A page of notifications, newest first; `query` as built by `notificationsQuery`, plus a cursor. */
export async function fetchNotifications(query: string): Promise<NotificationPageDto> {
  return api.get<NotificationPageDto>(query ? `/api/notifications?${query}` : '/api/notifications');
}

export async function fetchUnreadNotifications(): Promise<number> {
  const { unreadCount } = await api.get<{ unreadCount: number }>('/api/notifications/unread');
  return unreadCount;
}

export type ReadTarget = { ids: string[] } | { all: true };

/** Marks some notifications read, or all of them; answers with the new unread count. */
export async function markNotificationsRead(target: ReadTarget): Promise<number> {
  const { unreadCount } = await api.post<{ unreadCount: number }>('/api/notifications/read', target);
  return unreadCount;
}
