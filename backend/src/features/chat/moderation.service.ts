import { Types, trusted } from 'mongoose';
import type { ChatReportDto, ConversationDto } from '@musubi/shared';
import { RecentReads } from '../../db/recent-reads';
import { badRequest } from '../../http/errors';
import { ProfileModel } from '../profiles';
import { presentMessage } from './chat.presenter';
import { ConversationModel, isGroup, pairKeyOf, type ConversationRecord } from './conversation.model';
import { getConversation, loadMembership, otherMemberOf } from './conversations.service';
import { MessageModel, type MessageRecord } from './message.model';
import { chatEventBus } from './chat-bus';
import { forgetConversation } from './conversation-cache';
import { blockedUserIds } from './presence-contacts';
import { ChatReportModel, type ChatReportRecord } from './report.model';

const oid = (id: string) => new Types.ObjectId(id);

/** Blocks the other member: no further messages either way until unblocked. */
export async function blockConversation(userId: string, conversationId: string): Promise<ConversationDto> {
  const c = await loadMembership(userId, conversationId);
  // Blocking is between two people; in a group, report instead (or leave the event).
  if (isGroup(c)) throw badRequest('Group conversations cannot be blocked; report them instead');
  try {
    await ConversationModel.updateOne({ _id: c._id }, { $addToSet: { blockedBy: oid(userId) } });
  } finally {
    forgetBlocks(c);
  }
  forgetConversation(conversationId);
  // Other features end what the two had going (meetings); the other side is not told why.
  chatEventBus().emit('chat.blocked', { userId, otherUserId: otherMemberOf(c, userId) });
  return getConversation(userId, conversationId);
}

/** Lifts one's own block (the other member's block, if any, stays). */
export async function unblockConversation(userId: string, conversationId: string): Promise<ConversationDto> {
  const c = await loadMembership(userId, conversationId);
  try {
    await ConversationModel.updateOne({ _id: c._id }, { $pull: { blockedBy: oid(userId) } });
  } finally {
    forgetBlocks(c);
  }
  forgetConversation(conversationId);
  return getConversation(userId, conversationId);
}

/** Stores a report for admins; only message ids of this conversation are kept. */
export async function reportConversation(
  userId: string,
  conversationId: string,
  input: { reason: string; messageIds: string[] },
): Promise<{ id: string }> {
  const c = await loadMembership(userId, conversationId);
  const ids = [...new Set(input.messageIds)].map(oid);
  const found = ids.length
    ? await MessageModel.find({ _id: trusted({ $in: ids }), conversationId: c._id }, { _id: 1 }).lean()
    : [];
  const report = await ChatReportModel.create({
    conversationId: c._id,
    reporterId: oid(userId),
    reason: input.reason,
    messageIds: found.map((m) => m._id),
    createdAt: new Date(),
  });
  return { id: report._id.toString() };
}

/** The latest reports with the reported messages, for admins. */
export async function listReports(): Promise<ChatReportDto[]> {
  const reports = await ChatReportModel.find().sort({ createdAt: -1 }).limit(200).lean<ChatReportRecord[]>();
  const messageIds = reports.flatMap((r) => r.messageIds);
  const messages = messageIds.length
    ? await MessageModel.find({ _id: trusted({ $in: messageIds }) }).lean<MessageRecord[]>()
    : [];
  const byId = new Map(messages.map((m) => [m._id.toString(), m]));
  return reports.map((r) => ({
    id: r._id.toString(),
    conversationId: r.conversationId.toString(),
    reporterId: r.reporterId.toString(),
    reason: r.reason,
    messageIds: r.messageIds.map(String),
    messages: r.messageIds.flatMap((id) => {
      const m = byId.get(id.toString());
      return m ? [presentMessage(m)] : [];
    }),
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Contact access: the two share a conversation in which each side has written at least once. */
export async function haveTalked(viewerId: string, ownerId: string): Promise<boolean> {
  if (viewerId === ownerId) return false;
  const c = await ConversationModel.findOne({ pairKey: pairKeyOf(viewerId, ownerId) }).lean<ConversationRecord>();
  if (!c) return false;
  const [a, b] = await Promise.all([
    MessageModel.exists({ conversationId: c._id, senderId: oid(viewerId) }),
    MessageModel.exists({ conversationId: c._id, senderId: oid(ownerId) }),
  ]);
  return !!a && !!b;
}

/**
 * Contact barrier: one of the two blocked the other. Read from the database each time (no cache),
 * so a block closes contact details and presence at once on every process.
 */
export async function blockedEitherWay(userId: string, otherUserId: string): Promise<boolean> {
  if (userId === otherUserId) return false;
  return !!(await ConversationModel.exists({
    pairKey: pairKeyOf(userId, otherUserId),
    'blockedBy.0': trusted({ $exists: true }),
  }));
}

/**
 * How long each user's blocked profile ids are remembered for matching. Blocks made or lifted
 * through this process apply at once (both members); through another process, within this time
 * (as for sending: the conversation cache also takes up to 2 s to see another process's block).
 */
export const BLOCKS_TTL_MS = 2000;
const blockedOfUser = new RecentReads<string[]>(BLOCKS_TTL_MS, 5000);

function forgetBlocks(c: Pick<ConversationRecord, 'members'>): void {
  for (const m of c.members) blockedOfUser.forget(m.toString());
}

/** Matching exclusions: profile ids of users blocked either way (remembered for BLOCKS_TTL_MS). */
export function blockedProfileIds(userId: string): Promise<string[]> {
  return blockedOfUser.getOrLoad(userId, () => loadBlockedProfileIds(userId));
}

async function loadBlockedProfileIds(userId: string): Promise<string[]> {
  const others = [...(await blockedUserIds(userId))].map(oid);
  if (others.length === 0) return [];
  const profiles = await ProfileModel.find({ userId: trusted({ $in: others }) }, { _id: 1 }).lean();
  return profiles.map((p) => p._id.toString());
}

/**
 * A deleted account: its conversations stay for the other member (history intact, marked
 * `memberDeleted`, nothing more can be sent); the deleted user's messages keep their place
 * but lose their text, like a delete.
 */
export async function forgetDeletedUser(userId: string): Promise<void> {
  const now = new Date();
  const rows = await ConversationModel.find({ members: oid(userId) }, { _id: 1 }).lean();
  await ConversationModel.updateMany({ members: oid(userId) }, { $addToSet: { deletedMembers: oid(userId) } });
  for (const r of rows) forgetConversation(r._id.toString());
  await MessageModel.updateMany({ senderId: oid(userId), deletedAt: null }, { $set: { text: '', deletedAt: now } });
}
