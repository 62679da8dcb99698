import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { NotificationDto } from '@musubi/shared';
import { fetchUnreadNotifications, markNotificationsRead, type ReadTarget } from '../../api/notifications';
import { useAuth } from '../../auth/AuthContext';
import { useSocket } from '../../realtime/SocketContext';
import { NotificationsContext, type NotificationCentre, type NotificationChange } from './NotificationsContext';

type Listener = (change: NotificationChange) => void;

/**
 * The signed-in user's unread count (fetched once, then kept live by the socket) and the changes
 * the bell and the notifications page follow, so both always agree.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { user, reloadUser } = useAuth();
  const { socket } = useSocket();
  const userId = user?.id ?? null;
  // Tagged with its user, so a count never outlives a sign-out or a change of account.
  const [count, setCount] = useState({ userId, value: 0 });
  const listeners = useRef(new Set<Listener>());
  const seen = useRef(new Set<string>());

  const setUnreadCount = useCallback((value: number) => setCount({ userId, value }), [userId]);
  const emit = useCallback((change: NotificationChange) => {
    for (const listener of [...listeners.current]) listener(change);
  }, []);

  const refreshCount = useCallback(() => {
    if (!userId) return;
    fetchUnreadNotifications().then(setUnreadCount, () => {
      // The badge is a hint: keep what we have when the count cannot be fetched.
    });
  }, [userId, setUnreadCount]);

  useEffect(() => {
    refreshCount();
  }, [refreshCount]);

  useEffect(() => {
    if (!socket) return;
    const added = (notification: NotificationDto) => {
      // Socket.IO may deliver an event twice around a reconnect: count each notification once.
      if (seen.current.has(notification.id)) return;
      seen.current.add(notification.id);
      if (!notification.read)
        setCount((current) => (current.userId === userId ? { userId, value: current.value + 1 } : current));
      emit({ kind: 'new', notification });
      // A granted, declined or revoked organiser role changes what the app offers: reload the account.
      if (notification.type === 'account.organiser') void reloadUser();
    };
    // The server's count is the truth; it follows each change.
    const unread = ({ unreadCount }: { unreadCount: number }) => setUnreadCount(unreadCount);
    socket.on('notification:new', added);
    socket.on('notifications:unread', unread);
    // After a reconnect, catch up on what was missed.
    socket.on('connect', refreshCount);
    return () => {
      socket.off('notification:new', added);
      socket.off('notifications:unread', unread);
      socket.off('connect', refreshCount);
    };
  }, [socket, userId, emit, refreshCount, setUnreadCount, reloadUser]);

  const markRead = useCallback(
    (target: ReadTarget) => {
      emit({ kind: 'read', target });
      markNotificationsRead(target).then(setUnreadCount, () => {
        // Unchanged on the server: the next count from the socket or a reload corrects the badge.
      });
    },
    [emit, setUnreadCount],
  );

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const unreadCount = count.userId === userId && userId ? count.value : 0;
  const value = useMemo<NotificationCentre>(
    () => ({ unreadCount, markRead, subscribe }),
    [unreadCount, markRead, subscribe],
  );
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}
