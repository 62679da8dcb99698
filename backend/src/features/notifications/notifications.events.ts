import type { NotificationDto } from '@musubi/shared';

/** Notification domain events: the service emits them, the realtime module pushes them to sockets. */
declare module '../../events' {
  interface DomainEvents {
    /** A notification was stored for `userId`; `unreadCount` is their new total. */
    'notification.created': { userId: string; notification: NotificationDto; unreadCount: number };
    /** `userId`'s unread total changed (after marking read). */
    'notifications.unread': { userId: string; unreadCount: number };
  }
}

export {};
