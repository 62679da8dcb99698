import type { NotificationPageDto } from '@musubi/shared';
import { api } from './client';
import { withQuery } from './query';

export async function fetchNotifications(
  options: { limit?: number; cursor?: string } = {},
): Promise<NotificationPageDto> {
  return api.get<NotificationPageDto>(
    withQuery('/api/notifications', { limit: options.limit || undefined, cursor: options.cursor }),
  );
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
