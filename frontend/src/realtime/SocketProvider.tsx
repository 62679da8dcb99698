import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { useAuth } from '../auth/AuthContext';
import { SocketContext, type ConnectionState } from './SocketContext';

export type SocketFactory = () => Socket;

/** Same origin, same session cookie as the REST API; connected explicitly below. */
const connectToServer: SocketFactory = () => io({ path: '/socket.io', withCredentials: true, autoConnect: false });

const STATE_EVENTS = ['connect', 'disconnect', 'connect_error'] as const;

function connectionState(socket: Socket | null): ConnectionState {
  if (!socket) return 'offline';
  if (socket.connected) return 'connected';
  // `active` stays true while socket.io keeps retrying after a drop.
  return socket.active ? 'connecting' : 'offline';
}

interface Props {
  children: ReactNode;
  /** Tests pass a fake; the app connects to its own origin. */
  createSocket?: SocketFactory;
}

/** Keeps one Socket.IO connection open while a user is signed in, and none otherwise. */
export function SocketProvider({ children, createSocket = connectToServer }: Props) {
  const { user } = useAuth();
  const userId = user?.id ?? null;

  // A new socket per signed-in user, so a handshake never carries a previous user's session.
  const socket = useMemo(() => (userId ? createSocket() : null), [userId, createSocket]);

  useEffect(() => {
    if (!socket) return;
    socket.connect();
    return () => {
      socket.disconnect();
    };
  }, [socket]);

  const subscribe = useCallback(
    (notify: () => void) => {
      if (!socket) return () => {};
      for (const event of STATE_EVENTS) socket.on(event, notify);
      return () => {
        for (const event of STATE_EVENTS) socket.off(event, notify);
      };
    },
    [socket],
  );
  const state = useSyncExternalStore(subscribe, () => connectionState(socket));

  const value = useMemo(() => ({ socket, state }), [socket, state]);
  return <SocketContext.Provider value={value}>{children}</SocketContext.Provider>;
}
