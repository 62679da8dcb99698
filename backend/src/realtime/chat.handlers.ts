import type { z } from 'zod';
import {
  DeleteMessageSchema,
  EditMessageSchema,
  MarkReadSchema,
  SendMessageSchema,
  TypingSchema,
  CHAT_LIMITS,
  type Ack,
  type ChatAckErrorCode,
} from '@musubi/shared';
import type { DomainEventBus } from '../events';
import type { Logger } from '../logger';
import { AppError } from '../http/errors';
import type { Limiter } from '../limits';
import {
  ChatError,
  deleteMessage,
  editMessage,
  getChatSettings,
  markRead,
  sendMessage,
  typingTargets,
} from '../features/chat';
import { userRoom, type RealtimeServer, type RealtimeSocket } from './types';

type AckFn<T> = (res: Ack<T>) => void;

const rateLimitedAck = new AppError(429, 'rate_limited', 'Too many events; slow down');

const ACK_CODES = new Set<string>(['validation_failed', 'not_found', 'forbidden', 'blocked', 'rate_limited']);

function toAckError(err: unknown, logger: Logger): { code: ChatAckErrorCode; message: string } {
  if (err instanceof ChatError) return { code: err.code, message: err.message };
  if (err instanceof AppError && ACK_CODES.has(err.code)) {
    return { code: err.code as ChatAckErrorCode, message: err.message };
  }
  logger.error({ err }, 'chat event failed');
  return { code: 'internal', message: 'Something went wrong on our side' };
}

/** A fixed-window count of events per socket: over the limit, `rate_limited` (the socket stays usable). */
function socketBudget(eventsPerWindow: number, windowMs: number) {
  let windowStart = 0;
  let count = 0;
  return (): boolean => {
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      count = 0;
    }
    count += 1;
    return count <= eventsPerWindow;
  };
}

/**
 * Registers the chat client→server events on one socket. Each is validated and answered by an
 * ack; nothing a client sends can throw out of a handler.
 */
export function registerChatHandlers(
  io: RealtimeServer,
  socket: RealtimeSocket,
  deps: { events: DomainEventBus; logger: Logger; chatMessages: Limiter },
): void {
  const { events, logger, chatMessages } = deps;
  const userId = socket.data.userId;
  // Two budgets, so a burst of typing signals never eats into what a member may send, and a
  // member at the message limit can still mark a conversation read. Messages are counted per
  // member (all sockets, on Redis across processes; a reconnect does not reset them); signals are
  // cheap and only reach the member's own conversations, so they stay per socket.
  const signals = socketBudget(CHAT_LIMITS.signalsPerWindow, CHAT_LIMITS.rateWindowMs);
  const budgets = {
    messages: async () => (await chatMessages.tryConsume(userId)).allowed,
    signals: () => Promise.resolve(signals()),
  };

  /**
   * `run` is called as the event arrives, with its budget check already started: a handler that
   * must keep arrival order (message:send) hands the check on instead of awaiting it first.
   */
  function handle<S extends z.ZodType, T>(
    event: string,
    schema: S,
    run: (input: z.output<S>, allowed: Promise<void>) => Promise<T>,
    budget: keyof typeof budgets,
  ): void {
    (socket as unknown as { on(e: string, l: (...args: unknown[]) => void): void }).on(event, (...args) => {
      const last = args[args.length - 1];
      const ack: AckFn<T> = typeof last === 'function' ? (last as AckFn<T>) : () => undefined;
      const parsed = schema.safeParse(args.length > 1 || typeof last !== 'function' ? args[0] : undefined);
      if (!parsed.success) {
        const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
        ack({ ok: false, error: { code: 'validation_failed', message } });
        return;
      }
      const allowed = budgets[budget]().then((ok) => {
        if (!ok) throw rateLimitedAck;
      });
      // `run` may await it later (after earlier sends): never an unhandled rejection meanwhile.
      allowed.catch(() => undefined);
      // Called now (a throw becomes a rejection), so sends keep the order they arrived in.
      new Promise<T>((resolve) => resolve(run(parsed.data, allowed))).then(
        (data) => ack({ ok: true, data }),
        (err: unknown) => ack({ ok: false, error: toAckError(err, logger) }),
      );
    });
  }
  /** For handlers with no order to keep: the budget first, then the work. */
  const afterBudget =
    <I, T>(work: (input: I) => Promise<T>) =>
    async (input: I, allowed: Promise<void>): Promise<T> => {
      await allowed;
      return work(input);
    };

  // Sends are ordered from here: `sendMessage` takes its place in the conversation's queue now.
  handle(
    'message:send',
    SendMessageSchema,
    (input, allowed) => sendMessage(userId, input, events, allowed),
    'messages',
  );
  handle(
    'message:edit',
    EditMessageSchema,
    afterBudget((input) => editMessage(userId, input, events)),
    'messages',
  );
  handle(
    'message:delete',
    DeleteMessageSchema,
    afterBudget((input) => deleteMessage(userId, input, events)),
    'signals',
  );
  handle(
    'conversation:read',
    MarkReadSchema,
    afterBudget(async (input) => {
      const { sendReadReceipts } = await getChatSettings(userId);
      return markRead(userId, input, events, sendReadReceipts);
    }),
    'signals',
  );
  handle(
    'typing',
    TypingSchema,
    afterBudget(async (input) => {
      const targets = await typingTargets(userId, input.conversationId);
      if (targets.length) {
        io.to(targets.map(userRoom)).emit('typing', {
          conversationId: input.conversationId,
          userId,
          typing: input.typing,
        });
      }
      return null;
    }),
    'signals',
  );
}
