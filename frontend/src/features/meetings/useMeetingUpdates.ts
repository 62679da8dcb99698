import { useEffect, useRef } from 'react';
import { useSocket } from '../../realtime/SocketContext';

/** Calls back whenever the server says a meeting the viewer takes part in changed. */
export function useMeetingUpdates(onUpdate: (update: { meetingId: string; version: number }) => void): void {
  const { socket } = useSocket();
  const latest = useRef(onUpdate);
  useEffect(() => {
    latest.current = onUpdate;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = (update: { meetingId: string; version: number }) => latest.current(update);
    socket.on('meeting:updated', listener);
    // After a reconnect we may have missed updates: treat it as "something may have changed".
    const reconnected = () => latest.current({ meetingId: '', version: -1 });
    socket.on('connect', reconnected);
    return () => {
      socket.off('meeting:updated', listener);
      socket.off('connect', reconnected);
    };
  }, [socket]);
}
