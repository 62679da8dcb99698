import { Types, trusted } from 'mongoose';
import { LruMap } from '../../db/lru-map';
import { retryOnDuplicateKey } from '../../db/unique';
import { ChatUserModel, type ChatUserRecord } from './chat-user.model';
import { ConversationModel, type ConversationRecord } from './conversation.model';
import { MessageModel } from './message.model';

/**
 * Who sees whose presence (online, last seen). Two people become presence contacts once both
 * have written in their conversation or have a meeting one asked for and the other accepted
 * (small groups link their members too, see groups.service); opening a conversation is not
 * enough, so a member who never replies shows nothing. A block either way hides presence both
 * ways, whatever links them.
 */

const oid = (id: string) => new Types.ObjectId(id);

/** The two see each other come and go from now on (idempotent). */
export async function linkPresenceContacts(userId: string, otherUserId: string): Promise<void> {
  if (userId === otherUserId) return;
  await Promise.all(
    [
      [userId, otherUserId],
      [otherUserId, userId],
    ].map(([user, contact]) =>
      // Racing links upsert the same users: FerretDB's upserts are not atomic.
      retryOnDuplicateKey(() =>
        ChatUserModel.updateOne({ _id: oid(user!) }, { $addToSet: { contacts: oid(contact!) } }, { upsert: true }),
      ),
    ),
  );
}

/** Direct conversations already linked by this process: later messages cost nothing more. */
const linkedConversations = new LruMap<true>(20_000);

/** After a message in a direct conversation: links the two once the other side has written too. */
export async function linkOnReply(conversationId: string, senderId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length !== 2 || linkedConversations.get(conversationId)) return;
  const other = memberIds.find((m) => m !== senderId);
  if (!other) return;
  const c = await ConversationModel.findById(conversationId, { type: 1 }).lean<Pick<ConversationRecord, 'type'>>();
  if (!c || c.type === 'group') return;
  if (!(await MessageModel.exists({ conversationId: oid(conversationId), senderId: oid(other) }))) return;
  await linkPresenceContacts(senderId, other);
  linkedConversations.set(conversationId, true);
}

/** `userId`'s conversations with a block in them (read fresh: a block applies at once). */
function blockedConversationsOf(userId: string): Promise<Pick<ConversationRecord, 'members' | 'blockedBy'>[]> {
  return ConversationModel.find(
    { members: oid(userId), 'blockedBy.0': trusted({ $exists: true }) },
    { members: 1, blockedBy: 1 },
  ).lean<Pick<ConversationRecord, 'members' | 'blockedBy'>[]>();
}

/** Users `userId` blocked or was blocked by. */
export async function blockedUserIds(userId: string): Promise<Set<string>> {
  const rows = await blockedConversationsOf(userId);
  return new Set(rows.flatMap((c) => c.members.map(String)).filter((m) => m !== userId));
}

/** The users who blocked `userId` (they are named neutrally to `userId`). */
export async function blockersOf(userId: string): Promise<Set<string>> {
  const rows = await blockedConversationsOf(userId);
  return new Set(rows.flatMap((c) => c.blockedBy.map(String)).filter((b) => b !== userId));
}

/** The users who see `userId`'s presence, and whose presence `userId` sees (the relation is symmetric). */
export async function presenceContactsOf(userId: string): Promise<string[]> {
  const [row, blocked] = await Promise.all([
    ChatUserModel.findById(userId, { contacts: 1 }).lean<Pick<ChatUserRecord, 'contacts'>>(),
    blockedUserIds(userId),
  ]);
  return (row?.contacts ?? []).map(String).filter((id) => !blocked.has(id));
}
