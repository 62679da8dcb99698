import { createContext, useContext } from 'react';
import type { Socket } from 'socket.io-client';

export type ConnectionState = 'offline' | 'connecting' | 'connected';

export interface SocketContextValue {
  /** Present only while signed in. */
  socket: Socket | null;
  state: ConnectionState;
}

export const SocketContext = createContext<SocketContextValue>({ socket: null, state: 'offline' });

export function useSocket(): SocketContextValue {
  return useContext(SocketContext);
}
