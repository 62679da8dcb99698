import { createContext, useContext } from 'react';
import type { NotificationDto } from '@musubi/shared';
import type { ReadTarget } from '../../api/notifications';

/** What the lists showing notifications follow: a new one pushed, or some marked read. */
export type NotificationChange = { kind: 'new'; notification: NotificationDto } | { kind: 'read'; target: ReadTarget };

export interface NotificationCentre {
  /** The signed-in user's unread total, kept live by the socket. */
  unreadCount: number;
  /** Marks notifications read on the server; every open list shows them read at once. */
  markRead(target: ReadTarget): void;
  /** Hears each new notification (once) and each mark read; returns the unsubscribe. */
  subscribe(listener: (change: NotificationChange) => void): () => void;
}

const signedOut: NotificationCentre = { unreadCount: 0, markRead: () => {}, subscribe: () => () => {} };

export const NotificationsContext = createContext<NotificationCentre>(signedOut);

/** The notification centre shared by the bell and the notifications page. */
export function useNotifications(): NotificationCentre {
  return useContext(NotificationsContext);
}

/** Whether a mark-read covers this notification. */
export function isReadTarget(notification: NotificationDto, target: ReadTarget): boolean {
  return 'all' in target || target.ids.includes(notification.id);
}
