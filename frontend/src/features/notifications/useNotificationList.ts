import { useEffect } from 'react';
import type { NotificationDto } from '@musubi/shared';
import { fetchNotifications, notificationsQuery } from '../../api/notifications';
import { usePagedResults } from '../directory/usePagedResults';
import { isReadTarget, useNotifications } from './NotificationsContext';

const idOf = (notification: NotificationDto) => notification.id;

/**
 * The user's notifications, newest first and cursor-paged, loaded on mount: a pushed one joins
 * at the top and a mark read shows at once, wherever it was made (bell or page).
 */
export function useNotificationList({ unreadOnly = false, limit }: { unreadOnly?: boolean; limit: number }) {
  const paged = usePagedResults(notificationsQuery({ unreadOnly, limit }), fetchNotifications, idOf);
  const { subscribe } = useNotifications();
  const { updateItems } = paged;

  useEffect(
    () =>
      subscribe((change) => {
        if (change.kind === 'read') {
          updateItems((items) => items.map((n) => (isReadTarget(n, change.target) ? { ...n, read: true } : n)));
          return;
        }
        const { notification } = change;
        if (unreadOnly && notification.read) return;
        updateItems((items) => (items.some((n) => n.id === notification.id) ? items : [notification, ...items]));
      }),
    [subscribe, updateItems, unreadOnly],
  );

  return paged;
}
