import type { DomainEventBus } from '../events';
import { userRoom, type RealtimeServer } from './types';

/** Notifications and meeting changes to the `user:<id>` rooms of the people concerned. */
export function registerNotificationBroadcasts(io: RealtimeServer, events: DomainEventBus): () => void {
  const offs = [
    events.on('notification.created', ({ userId, notification, unreadCount }) => {
      io.to(userRoom(userId)).emit('notification:new', notification);
      io.to(userRoom(userId)).emit('notifications:unread', { unreadCount });
    }),
    events.on('notifications.unread', ({ userId, unreadCount }) => {
      io.to(userRoom(userId)).emit('notifications:unread', { unreadCount });
    }),
    events.on('meeting.updated', ({ meetingId, version, userIds }) => {
      io.to(userIds.map(userRoom)).emit('meeting:updated', { meetingId, version });
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
