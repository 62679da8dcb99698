import type { Server, Socket } from 'socket.io';
import type { ChatClientEvents, ChatServerEvents, NotificationServerEvents } from '@musubi/shared';

export interface SocketData {
  userId: string;
  sessionId: string;
}

/** Everything the server sends to clients. */
export type ServerEvents = ChatServerEvents & NotificationServerEvents;

export type RealtimeServer = Server<ChatClientEvents, ServerEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ChatClientEvents, ServerEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
