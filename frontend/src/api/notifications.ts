import type { NotificationPageDto } from '@musubi/shared';
import { api } from './client';

export async function fetchNotifications(
  options: { limit?: number; cursor?: string } = {},
): Promise<NotificationPageDto> {
  const query = new URLSearchParams();
  if (options.limit) query.set('limit', String(options.limit));
  if (options.cursor) query.set('cursor', options.cursor);
  const text = query.toString();
  return api.get<NotificationPageDto>(text ? `/api/notifications?${text}` : '/api/notifications');
}

export async function fetchUnreadNotifications(): Promise<number> {
  const { unreadCount } = await api.get<{ unreadCount: number }>('/api/notifications/unread');
  return unreadCount;
}

/** Marks some notifications read, or all of them; answers with the new unread count. */
export async function markNotificationsRead(target: { ids: string[] } | { all: true }): Promise<number> {
  const { unreadCount } = await api.post<{ unreadCount: number }>('/api/notifications/read', target);
  return unreadCount;
}
