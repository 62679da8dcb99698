import type { MessageDto } from '@musubi/shared';

/** Chat domain events: the chat service emits them, the realtime module turns them into socket events. */
declare module '../../events' {
  interface DomainEvents {
    /** A new message was stored (never for an idempotent resend). */
    'message.created': { message: MessageDto; memberIds: string[] };
    /** A message was edited or deleted. */
    'message.updated': { message: MessageDto; memberIds: string[] };
    /** A member read up to a message; `receiptTo` lists who may be told (empty when receipts are off). */
    'conversation.read': { conversationId: string; userId: string; messageId: string; receiptTo: string[] };
    /** A group's members or policy changed (or it was created): these users should reload it. */
    'conversation.changed': { conversationId: string; userIds: string[] };
    /** `userId` blocked the other member of a two-person conversation. */
    'chat.blocked': { userId: string; otherUserId: string };
    /** These users' unread totals may have changed. */
    'unread.changed': { userIds: string[] };
  }
}

export {};
