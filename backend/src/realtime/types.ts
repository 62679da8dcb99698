import type { Server, Socket } from 'socket.io';
import type { ChatClientEvents, ChatServerEvents } from '@musubi/shared';

export interface SocketData {
  userId: string;
  sessionId: string;
}

export type RealtimeServer = Server<ChatClientEvents, ChatServerEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ChatClientEvents, ChatServerEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
