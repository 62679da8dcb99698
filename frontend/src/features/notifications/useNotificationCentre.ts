import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotificationDto } from '@musubi/shared';
import { fetchNotifications, fetchUnreadNotifications, markNotificationsRead } from '../../api/notifications';
import { useSocket } from '../../realtime/SocketContext';

const RECENT = 10;

export interface NotificationCentre {
  unreadCount: number;
  /** Recent notifications, newest first (null until first opened). */
  items: NotificationDto[] | null;
  loadError: boolean;
  load(): void;
  markRead(ids: string[]): void;
  markAllRead(): void;
}

/**
 * The unread count (fetched once, then kept live by the socket) and the recent notifications.
 * `onNew` hears each notification the server pushes, e.g. to show a toast.
 */
export function useNotificationCentre(onNew?: (notification: NotificationDto) => void): NotificationCentre {
  const { socket } = useSocket();
  const [unreadCount, setUnreadCount] = useState(0);
  const [items, setItems] = useState<NotificationDto[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const onNewRef = useRef(onNew);
  const seen = useRef(new Set<string>());
  useEffect(() => {
    onNewRef.current = onNew;
  });

  const refreshCount = useCallback(() => {
    fetchUnreadNotifications().then(setUnreadCount, () => {
      // The badge is a hint: keep what we have when the count cannot be fetched.
    });
  }, []);

  useEffect(() => {
    refreshCount();
  }, [refreshCount]);

  useEffect(() => {
    if (!socket) return;
    const added = (notification: NotificationDto) => {
      // Socket.IO may deliver an event twice around a reconnect: count each notification once.
      if (seen.current.has(notification.id)) return;
      seen.current.add(notification.id);
      setItems((current) =>
        current && !current.some((n) => n.id === notification.id)
          ? [notification, ...current].slice(0, RECENT)
          : current,
      );
      if (!notification.read) setUnreadCount((count) => count + 1);
      onNewRef.current?.(notification);
    };
    // The server's count is the truth; it follows each change.
    const unread = ({ unreadCount: count }: { unreadCount: number }) => setUnreadCount(count);
    socket.on('notification:new', added);
    socket.on('notifications:unread', unread);
    // After a reconnect, catch up on what was missed.
    socket.on('connect', refreshCount);
    return () => {
      socket.off('notification:new', added);
      socket.off('notifications:unread', unread);
      socket.off('connect', refreshCount);
    };
  }, [socket, refreshCount]);

  const load = useCallback(() => {
    setLoadError(false);
    fetchNotifications({ limit: RECENT }).then(
      (page) => {
        setItems(page.items);
        setUnreadCount(page.unreadCount);
      },
      () => setLoadError(true),
    );
  }, []);

  const mark = useCallback((target: { ids: string[] } | { all: true }) => {
    setItems((current) =>
      current ? current.map((n) => ('all' in target || target.ids.includes(n.id) ? { ...n, read: true } : n)) : current,
    );
    markNotificationsRead(target).then(setUnreadCount, () => {
      // Unchanged on the server: the next count from the socket or a reload corrects the badge.
    });
  }, []);

  const markRead = useCallback((ids: string[]) => mark({ ids }), [mark]);
  const markAllRead = useCallback(() => mark({ all: true }), [mark]);
  return { unreadCount, items, loadError, load, markRead, markAllRead };
}
