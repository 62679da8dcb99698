import { isDuplicateKey } from '../../db/unique';
import { Types, trusted } from 'mongoose';
import type { ChatSettingsDto, ConversationDto, ConversationMemberDto } from '@musubi/shared';
import { GROUP_MEMBERS_SHOWN_MAX, OBJECT_ID_PATTERN } from '@musubi/shared';
import { notFound, badRequest } from '../../http/errors';
import { UserModel } from '../accounts';
import {
  ProfileModel,
  avatarEtagsOf,
  avatarUrlOf,
  canViewProfile,
  findVisibleProfile,
  type ProfileRecord,
  type Viewer,
} from '../profiles';
import { ChatUserModel, type ChatUserRecord } from './chat-user.model';
import { presentMessage } from './chat.presenter';
import {
  ConversationModel,
  isEventChannel,
  isGroup,
  mayPost,
  pairKeyOf,
  type ConversationRecord,
} from './conversation.model';
import { MessageModel, type MessageRecord } from './message.model';
import { onlineUsers } from './presence';
import { blockedUserIds } from './presence-contacts';

const oid = (id: string) => new Types.ObjectId(id);

/** The conversation if `userId` is a member; otherwise (missing, not a member, bad id) a 404. */
export async function loadMembership(userId: string, conversationId: string): Promise<ConversationRecord> {
  if (!OBJECT_ID_PATTERN.test(conversationId)) throw notFound('Conversation');
  const c = await ConversationModel.findById(conversationId).lean<ConversationRecord>();
  if (!c || !c.members.some((m) => m.toString() === userId)) throw notFound('Conversation');
  return c;
}

export const otherMemberOf = (c: ConversationRecord, userId: string) =>
  c.members.map(String).find((m) => m !== userId) ?? userId;

/** Starts (or reopens) the 1:1 conversation with the owner of a profile the viewer may see. */
export async function startConversation(viewer: NonNullable<Viewer>, profileId: string): Promise<ConversationDto> {
  const profile = await findVisibleProfile(profileId, viewer);
  const otherId = profile.userId.toString();
  if (otherId === viewer.userId) throw badRequest('You cannot start a conversation with yourself');
  const pairKey = pairKeyOf(viewer.userId, otherId);
  // A race of two starts meets on the unique pairKey: the loser reads the winner's conversation.
  try {
    await ConversationModel.create({ pairKey, members: [oid(viewer.userId), oid(otherId)] });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const c = await ConversationModel.findOne({ pairKey }).lean<ConversationRecord>();
  if (!c) throw notFound('Conversation');
  // No presence yet: the two become presence contacts once both have written (presence-contacts).
  return (await presentConversations(viewer.userId, [c]))[0]!;
}

/** The user's conversations, most recent activity first. */
export async function listConversations(userId: string): Promise<ConversationDto[]> {
  const rows = await ConversationModel.find({ members: oid(userId) })
    .sort({ _id: -1 })
    .limit(500)
    .lean<ConversationRecord[]>();
  const dtos = await presentConversations(userId, rows);
  return dtos.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}

export async function getConversation(userId: string, conversationId: string): Promise<ConversationDto> {
  const c = await loadMembership(userId, conversationId);
  return (await presentConversations(userId, [c]))[0]!;
}

/** Messages from the other member after the user's read mark (deleted ones do not count). */
export async function unreadCount(userId: string, c: ConversationRecord): Promise<number> {
  const lastRead = c.lastRead?.[userId];
  return MessageModel.countDocuments({
    conversationId: c._id,
    senderId: trusted({ $ne: oid(userId) }),
    deletedAt: null,
    ...(lastRead ? { _id: trusted({ $gt: lastRead }) } : {}),
  });
}

export async function unreadTotal(userId: string): Promise<number> {
  const rows = await ConversationModel.find({ members: oid(userId) }).lean<ConversationRecord[]>();
  const counts = await Promise.all(rows.map((c) => unreadCount(userId, c)));
  return counts.reduce((a, b) => a + b, 0);
}

export async function chatSettingsOf(userIds: string[]): Promise<Map<string, ChatUserRecord>> {
  const rows = await ChatUserModel.find({ _id: trusted({ $in: userIds.map(oid) }) }).lean<ChatUserRecord[]>();
  return new Map(rows.map((r) => [r._id.toString(), r]));
}

export async function getChatSettings(userId: string): Promise<ChatSettingsDto> {
  const row = (await chatSettingsOf([userId])).get(userId);
  return { sendReadReceipts: row?.sendReadReceipts ?? true };
}

export async function updateChatSettings(userId: string, input: ChatSettingsDto): Promise<ChatSettingsDto> {
  await ChatUserModel.updateOne(
    { _id: oid(userId) },
    { $set: { sendReadReceipts: input.sendReadReceipts } },
    { upsert: true },
  );
  return getChatSettings(userId);
}

/** Presence: remembers when the user's last socket went away. */
export async function recordLastSeen(userId: string, at: Date): Promise<void> {
  await ChatUserModel.updateOne({ _id: oid(userId) }, { $set: { lastSeenAt: at } }, { upsert: true });
}

/**
 * The members a conversation lists: direct — both; group — at most GROUP_MEMBERS_SHOWN_MAX:
 * admins, the viewer, the last message's sender, then the others in join order.
 */
function shownMembers(c: ConversationRecord, userId: string, lastSenderId: string | undefined): string[] {
  const all = c.members.map(String);
  if (!isGroup(c) || all.length <= GROUP_MEMBERS_SHOWN_MAX) return all;
  const members = new Set(all);
  const first = [...(c.admins ?? []).map(String), userId, ...(lastSenderId ? [lastSenderId] : [])];
  const picked = new Set(first.filter((id) => members.has(id)));
  for (const id of all) {
    if (picked.size >= GROUP_MEMBERS_SHOWN_MAX) break;
    picked.add(id);
  }
  return [...picked].slice(0, GROUP_MEMBERS_SHOWN_MAX);
}

async function presentConversations(userId: string, rows: ConversationRecord[]): Promise<ConversationDto[]> {
  const lastMessages = await Promise.all(
    rows.map((c) => MessageModel.findOne({ conversationId: c._id }).sort({ _id: -1 }).lean<MessageRecord>()),
  );
  const lastSenders = rows.map((_, i) => lastMessages[i]?.senderId.toString());
  const shown = rows.map((c, i) => shownMembers(c, userId, lastSenders[i]));
  const memberIds = [...new Set(shown.flat())];
  const [users, profiles, settings, online, unread, contactRow, blocked] = await Promise.all([
    UserModel.find({ _id: trusted({ $in: memberIds.map(oid) }) }, { displayName: 1, role: 1 }).lean(),
    ProfileModel.find({ userId: trusted({ $in: memberIds.map(oid) }) }, { userId: 1, version: 1, visibility: 1 }).lean<
      Pick<ProfileRecord, '_id' | 'userId' | 'version' | 'visibility'>[]
    >(),
    chatSettingsOf(memberIds),
    onlineUsers(memberIds),
    Promise.all(rows.map((c) => unreadCount(userId, c))),
    ChatUserModel.findById(userId, { contacts: 1 }).lean<Pick<ChatUserRecord, 'contacts'>>(),
    blockedUserIds(userId),
  ]);
  const contacts = new Set((contactRow?.contacts ?? []).map(String));
  const names = new Map(users.map((u) => [u._id.toString(), u.displayName]));
  const profileOf = new Map(profiles.map((p) => [p.userId.toString(), p]));
  const etags = await avatarEtagsOf(profiles.map((p) => p._id));
  const viewer = { userId, isAdmin: users.some((u) => u._id.toString() === userId && u.role === 'admin') };

  /**
   * An event channel lists, through the event's profile rule: its organisers (admins), the viewer,
   * and the participants whose profile the viewer may see (organisers and admins see everyone).
   */
  const listed = (c: ConversationRecord, id: string): boolean => {
    if (!isEventChannel(c) || id === userId || viewer.isAdmin) return true;
    const admins = (c.admins ?? []).map(String);
    if (admins.includes(userId) || admins.includes(id)) return true;
    const profile = profileOf.get(id);
    return !profile || canViewProfile(profile, viewer);
  };

  const member = (c: ConversationRecord, id: string): ConversationMemberDto => {
    const profile = profileOf.get(id);
    const state = settings.get(id);
    const lastRead = c.lastRead?.[id];
    const showsRead = id === userId || (state?.sendReadReceipts ?? true);
    // Someone who blocked the viewer is a neutral, unnamed member to them (shown as "Musubi member").
    // So is an event channel's participant the viewer may not see (shown only as the last sender).
    const withheld = !listed(c, id);
    const neutral = withheld || c.blockedBy.some((b) => b.toString() === id && id !== userId);
    // Presence: one's own; in a direct conversation only between presence contacts (both have
    // written, or an accepted meeting); in groups as of loading; never across a block.
    const seesPresence = id === userId || (!withheld && !blocked.has(id) && (isGroup(c) ? true : contacts.has(id)));
    return {
      userId: id,
      displayName: neutral ? '' : (names.get(id) ?? ''),
      profileId: profile && !neutral ? profile._id.toString() : null,
      avatarUrl: profile && !neutral ? avatarUrlOf(profile, etags.get(profile._id.toString()) ?? null) : null,
      online: seesPresence && online.has(id),
      lastSeenAt: seesPresence && state?.lastSeenAt ? state.lastSeenAt.toISOString() : null,
      lastReadMessageId: showsRead && lastRead ? lastRead.toString() : null,
    };
  };

  return rows.map((c, i) => {
    const last = lastMessages[i];
    const group = isGroup(c);
    const blocked = !group && c.blockedBy.length > 0;
    const memberDeleted = !group && c.deletedMembers.length > 0;
    return {
      id: c._id.toString(),
      type: group ? 'group' : 'direct',
      title: group ? { ...(c.title ?? {}) } : null,
      eventId: group ? (c.eventId ?? null) : null,
      canPost: group ? mayPost(c, userId) : !blocked && !memberDeleted,
      memberCount: c.members.length,
      membersCanPost: !group || c.membersCanPost !== false,
      adminIds: group ? (c.admins ?? []).map(String) : [],
      members: (shown[i] ?? []).filter((id) => id === lastSenders[i] || listed(c, id)).map((id) => member(c, id)),
      lastMessage: last ? presentMessage(last) : null,
      lastActivityAt: (last?.createdAt ?? c.createdAt).toISOString(),
      unreadCount: unread[i] ?? 0,
      blocked,
      blockedByMe: !group && c.blockedBy.some((b) => b.toString() === userId),
      memberDeleted,
    };
  });
}
