import type { DomainEventBus } from '../events';
import type { Logger } from '../logger';
import { presenceContactsOf, recordLastSeen, setPresenceLookup, unreadTotal } from '../features/chat';
import { userRoom, type RealtimeServer, type RealtimeSocket } from './types';

/** How long unread-total pushes for one user are coalesced (one count per user per window). */
const UNREAD_PUSH_MS = 500;

/**
 * Turns chat domain events into socket events. Messages go to each member's `user:<id>` room, so
 * with the Redis adapter they reach sockets on every process; a member's own other tabs too.
 */
export function registerChatBroadcasts(
  io: RealtimeServer,
  deps: { events: DomainEventBus; logger: Logger },
): { onConnect(socket: RealtimeSocket): void; stop(): void } {
  const { events, logger } = deps;
  const unreadDue = new Map<string, NodeJS.Timeout>();

  const pushUnread = (userIds: string[]) => {
    for (const userId of userIds) {
      if (unreadDue.has(userId)) continue;
      const timer = setTimeout(() => {
        unreadDue.delete(userId);
        unreadTotal(userId).then(
          (total) => io.to(userRoom(userId)).emit('unread:total', { unreadTotal: total }),
          (err: unknown) => logger.warn({ err, userId }, 'unread total failed'),
        );
      }, UNREAD_PUSH_MS);
      timer.unref();
      unreadDue.set(userId, timer);
    }
  };

  const offs = [
    events.on('message.created', ({ message, memberIds }) => {
      // No recount per message or per connect (it reads the conversations' messages): clients
      // GET /api/chat/unread on (re)connect and add 1 per message:new from the other member.
      io.to(memberIds.map(userRoom)).emit('message:new', message);
    }),
    events.on('message.updated', ({ message, memberIds }) => {
      io.to(memberIds.map(userRoom)).emit('message:updated', message);
    }),
    events.on('conversation.read', ({ conversationId, userId, messageId, receiptTo }) => {
      if (receiptTo.length)
        io.to(receiptTo.map(userRoom)).emit('conversation:read', { conversationId, userId, messageId });
      // The reader's other devices reload it, so its unread count there follows (receipts or not).
      io.to(userRoom(userId)).emit('conversation:changed', { conversationId });
    }),
    events.on('conversation.changed', ({ conversationId, userIds }) => {
      if (userIds.length) io.to(userIds.map(userRoom)).emit('conversation:changed', { conversationId });
    }),
    events.on('unread.changed', ({ userIds }) => pushUnread(userIds)),
  ];

  setPresenceLookup(async (userIds) => {
    const sockets = await io.in(userIds.map(userRoom)).fetchSockets();
    return new Set(sockets.map((s) => s.data.userId));
  });

  const announce = async (userId: string, online: boolean, lastSeenAt: Date | null) => {
    const contacts = await presenceContactsOf(userId);
    if (contacts.length === 0) return;
    io.to(contacts.map(userRoom)).emit('presence', {
      userId,
      online,
      lastSeenAt: lastSeenAt ? lastSeenAt.toISOString() : null,
    });
  };

  return {
    onConnect(socket) {
      const userId = socket.data.userId;
      void (async () => {
        const sockets = await io.in(userRoom(userId)).fetchSockets();
        if (sockets.length === 1) await announce(userId, true, null);
      })().catch((err: unknown) => logger.warn({ err, userId }, 'presence (online) failed'));
      socket.on('disconnect', () => {
        void (async () => {
          const sockets = await io.in(userRoom(userId)).fetchSockets();
          if (sockets.length > 0) return;
          const at = new Date();
          await recordLastSeen(userId, at);
          await announce(userId, false, at);
        })().catch((err: unknown) => logger.warn({ err, userId }, 'presence (offline) failed'));
      });
    },
    stop() {
      for (const off of offs) off();
      for (const t of unreadDue.values()) clearTimeout(t);
      unreadDue.clear();
    },
  };
}
