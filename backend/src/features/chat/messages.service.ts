import { Types, trusted } from 'mongoose';
import type { MessageDto, SendMessageInput } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { ChatError, blocked } from './chat-errors';
import { presentMessage } from './chat.presenter';
import { cachedConversation } from './conversation-cache';
import { ConversationModel, isGroup, mayPost, type ConversationRecord } from './conversation.model';
import { loadMembership, otherMemberOf, unreadTotal } from './conversations.service';
import { KeyedQueue } from '../../limits/keyed-queue';
import { MessageBatcher } from './message-batcher';
import { MessageModel, type MessageRecord } from './message.model';

const oid = (id: string) => new Types.ObjectId(id);

const batcher = new MessageBatcher();

const notMember = () => new ChatError('not_found', 'Conversation not found');
const announcementOnly = () => new ChatError('forbidden', 'Only organisers post in this conversation');

const isMember = (c: ConversationRecord, userId: string) => c.members.some((m) => m.toString() === userId);

/**
 * Groups larger than this get no per-member live extras: read receipts go to admins only and a
 * delete does not push recounted unread totals (clients recount on reconnect and read).
 */
export const GROUP_LIVE_MAX = 50;

/** Who is told, besides the actor, about reads and deletes in `c`. */
function othersToTell(c: ConversationRecord, userId: string, large: 'admins' | 'none'): string[] {
  if (!isGroup(c)) return [otherMemberOf(c, userId)];
  const source = c.members.length <= GROUP_LIVE_MAX ? c.members : large === 'admins' ? (c.admins ?? []) : [];
  return source.map(String).filter((m) => m !== userId);
}

/** Waits until every accepted send is written (shutdown). */
export const drainMessageWrites = () => batcher.drain();

/**
 * Sends to one conversation are accepted one at a time, in call order: each is checked and queued
 * for the batcher (which fixes its `_id`, the order key) only after the one before it. Only that
 * short step is serial; the database writes still go in batches. Without it, a send whose
 * conversation lookup returned first overtook earlier ones (cold cache after a start).
 */
const accepting = new KeyedQueue();

/**
 * Stores a message and resolves only once the database has it. A resend with the same clientId
 * resolves to the stored message and emits nothing. Sends to one conversation are stored and
 * announced in the order of the calls; `ready` (e.g. a rate-limit check begun at arrival) is
 * awaited in that order, and its rejection fails the send.
 */
export async function sendMessage(
  userId: string,
  input: SendMessageInput,
  events: DomainEventBus,
  ready?: Promise<unknown>,
): Promise<MessageDto> {
  const { c, written } = await accepting.run(input.conversationId, async () => {
    await ready;
    const c = await cachedConversation(input.conversationId);
    if (!c || !isMember(c, userId)) throw notMember();
    if (isGroup(c)) {
      if (!mayPost(c, userId)) throw announcementOnly();
      if (c.deletedMembers.some((m) => m.toString() === userId)) throw blocked();
    } else if (c.blockedBy.length > 0 || c.deletedMembers.length > 0) throw blocked();
    const written = batcher.write({
      conversationId: c._id,
      senderId: oid(userId),
      clientId: input.clientId,
      text: input.text,
    });
    // Observed at once: the caller awaits it only after this step's promise settles.
    written.catch(() => undefined);
    return { c, written };
  });
  const { message, created } = await written;
  const dto = presentMessage(message);
  if (created) {
    events.emit('message.created', { message: dto, memberIds: c.members.map(String) });
  }
  return dto;
}

export interface MessagesPage {
  messages: MessageDto[];
  /** More messages exist beyond this page in the direction asked. */
  hasMore: boolean;
}

/** A page of messages, oldest first: before a cursor (scrolling up), after one (catch-up), or the latest. */
export async function listMessages(
  userId: string,
  conversationId: string,
  q: { before?: string; after?: string; limit: number },
): Promise<MessagesPage> {
  const c = await loadMembership(userId, conversationId);
  const range: Record<string, Types.ObjectId> = {};
  if (q.before) range.$lt = oid(q.before);
  if (q.after) range.$gt = oid(q.after);
  const forward = !!q.after && !q.before;
  const rows = await MessageModel.find({
    conversationId: c._id,
    ...(Object.keys(range).length ? { _id: trusted(range) } : {}),
  })
    .sort({ _id: forward ? 1 : -1 })
    .limit(q.limit + 1)
    .lean<MessageRecord[]>();
  const hasMore = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  if (!forward) page.reverse();
  return { messages: page.map(presentMessage), hasMore };
}

async function loadOwnMessage(userId: string, messageId: string): Promise<{ m: MessageRecord; c: ConversationRecord }> {
  const m = await MessageModel.findById(messageId).lean<MessageRecord>();
  if (!m) throw new ChatError('not_found', 'Message not found');
  const c = await ConversationModel.findById(m.conversationId).lean<ConversationRecord>();
  if (!c || !isMember(c, userId)) throw new ChatError('not_found', 'Message not found');
  if (m.senderId.toString() !== userId) throw new ChatError('forbidden', 'Only your own messages can be changed');
  if (m.deletedAt) throw new ChatError('not_found', 'Message not found');
  return { m, c };
}

/** Edits one's own message; members get `message.updated`. */
export async function editMessage(
  userId: string,
  input: { messageId: string; text: string },
  events: DomainEventBus,
): Promise<MessageDto> {
  const { m, c } = await loadOwnMessage(userId, input.messageId);
  if (isGroup(c) && !mayPost(c, userId)) throw announcementOnly();
  if (c.blockedBy.length > 0) throw blocked();
  const editedAt = new Date();
  await MessageModel.updateOne({ _id: m._id }, { $set: { text: input.text, editedAt } });
  const dto = presentMessage({ ...m, text: input.text, editedAt });
  events.emit('message.updated', { message: dto, memberIds: c.members.map(String) });
  return dto;
}

/** Deletes one's own message: it keeps its place, its text is gone. */
export async function deleteMessage(
  userId: string,
  input: { messageId: string },
  events: DomainEventBus,
): Promise<MessageDto> {
  const { m, c } = await loadOwnMessage(userId, input.messageId);
  const deletedAt = new Date();
  await MessageModel.updateOne({ _id: m._id }, { $set: { text: '', deletedAt } });
  const dto = presentMessage({ ...m, text: '', deletedAt });
  events.emit('message.updated', { message: dto, memberIds: c.members.map(String) });
  const recount = othersToTell(c, userId, 'none');
  if (recount.length) events.emit('unread.changed', { userIds: recount });
  return dto;
}

/**
 * Marks the conversation read up to a message (never moves backwards). The other member is told
 * only when the reader sends read receipts.
 */
export async function markRead(
  userId: string,
  input: { conversationId: string; messageId: string },
  events: DomainEventBus,
  sendsReceipts: boolean,
): Promise<{ unreadTotal: number }> {
  const c = await loadMembership(userId, input.conversationId).catch(() => {
    throw notMember();
  });
  const m = await MessageModel.findOne({ _id: oid(input.messageId), conversationId: c._id }).lean<MessageRecord>();
  if (!m) throw new ChatError('not_found', 'Message not found');
  const current = c.lastRead?.[userId];
  if (!current || current.toString() < m._id.toString()) {
    // Not a change the send path cares about: leaving updatedAt alone keeps every process's cached copy.
    await ConversationModel.updateOne(
      { _id: c._id },
      { $set: { [`lastRead.${userId}`]: m._id } },
      { timestamps: false },
    );
    events.emit('conversation.read', {
      conversationId: c._id.toString(),
      userId,
      messageId: m._id.toString(),
      receiptTo: sendsReceipts ? othersToTell(c, userId, 'admins') : [],
    });
  }
  const total = await unreadTotal(userId);
  events.emit('unread.changed', { userIds: [userId] });
  return { unreadTotal: total };
}

/** Whom to tell that `userId` is typing (membership checked; nothing when blocked). */
export async function typingTargets(userId: string, conversationId: string): Promise<string[]> {
  const c = await cachedConversation(conversationId);
  if (!c || !isMember(c, userId)) throw notMember();
  if (isGroup(c)) return mayPost(c, userId) ? c.members.map(String).filter((m) => m !== userId) : [];
  if (c.blockedBy.length > 0) return [];
  return [otherMemberOf(c, userId)];
}
