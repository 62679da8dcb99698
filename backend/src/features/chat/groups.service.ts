import { isDuplicateKey, retryOnDuplicateKey } from '../../db/unique';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { MessageTextSchema, OBJECT_ID_PATTERN, type MessageDto } from '@musubi/shared';
import { AppError, badRequest, forbidden, notFound } from '../../http/errors';
import { chatEventBus } from './chat-bus';
import { ChatError } from './chat-errors';
import { ChatUserModel } from './chat-user.model';
import { ConversationModel, groupPairKeyOf, type ConversationRecord } from './conversation.model';
import { forgetConversation } from './conversation-cache';
import { GROUP_LIVE_MAX, sendMessage } from './messages.service';

/**
 * Group conversations (event announcement channels, introductions) over the chat machinery: the
 * same messages, acks, fan-out to `user:<id>` rooms, unread counts and catch-up as 1:1 chats.
 * Other features call these functions; users reach groups through the normal chat API.
 */
export interface GroupSpec {
  /** Stable, unique: e.g. `event:<eventId>:announcements` or `intro:<eventId>:<pairKey>`. Idempotent on it. */
  key: string;
  title: { ja?: string; en?: string };
  eventId?: string;
  /** User ids (admins are members too; they are added when missing). */
  memberIds: string[];
  /** May always post, and manage. */
  adminIds: string[];
  /** false = announcement channel: only admins post. */
  membersCanPost: boolean;
}

const KEY_MAX = 200;
const TITLE_MAX = 200;

const oid = (id: string) => new Types.ObjectId(id);

function checkKey(key: string): string {
  if (typeof key !== 'string' || key.trim().length === 0 || key.length > KEY_MAX) {
    throw badRequest('A group key is a non-empty string of at most 200 characters');
  }
  return key;
}

function checkIds(ids: string[], what: string): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || !OBJECT_ID_PATTERN.test(id))) {
    throw badRequest(`${what} must be user ids`);
  }
  return [...new Set(ids)];
}

function cleanTitle(title: GroupSpec['title']): { ja?: string; en?: string } {
  const out: { ja?: string; en?: string } = {};
  for (const lang of ['ja', 'en'] as const) {
    const t = title?.[lang];
    if (typeof t === 'string' && t.trim()) out[lang] = t.trim().slice(0, TITLE_MAX);
  }
  return out;
}

/** Admins first, then the other members, each once. */
function membersOf(memberIds: string[], adminIds: string[]): { members: string[]; admins: string[] } {
  const admins = checkIds(adminIds, 'adminIds');
  const members = [...new Set([...admins, ...checkIds(memberIds, 'memberIds')])];
  return { members, admins };
}

/**
 * Presence: members of small groups see each other come and go (they become chat contacts).
 * Large channels do not (that would announce every connect to hundreds); their member lists
 * still show presence as of loading.
 */
async function linkContacts(memberIds: string[]): Promise<void> {
  if (memberIds.length < 2 || memberIds.length > GROUP_LIVE_MAX) return;
  await Promise.all(
    memberIds.map((id) =>
      // Racing syncs of one group upsert the same users: FerretDB's upserts are not atomic.
      retryOnDuplicateKey(() =>
        ChatUserModel.updateOne(
          { _id: oid(id) },
          { $addToSet: { contacts: { $each: memberIds.filter((m) => m !== id).map(oid) } } },
          { upsert: true },
        ),
      ),
    ),
  );
}

/**
 * Creates the group conversation for `spec.key`, or returns the existing one unchanged (use
 * `syncGroupMembers` to change its members or policy). Concurrent calls meet on the unique
 * `pairKey` (`group:<key>`): exactly one insert wins, the others read the winner.
 */
export async function ensureGroupConversation(spec: GroupSpec): Promise<{ conversationId: string; created: boolean }> {
  const pairKey = groupPairKeyOf(checkKey(spec.key));
  const existing = await ConversationModel.findOne({ pairKey }, { _id: 1 }).lean();
  if (existing) return { conversationId: existing._id.toString(), created: false };
  const { members, admins } = membersOf(spec.memberIds, spec.adminIds);
  if (spec.eventId !== undefined && (typeof spec.eventId !== 'string' || spec.eventId.length > KEY_MAX)) {
    throw badRequest('eventId must be a string');
  }
  let created = false;
  try {
    await ConversationModel.create({
      pairKey,
      type: 'group',
      title: cleanTitle(spec.title),
      eventId: spec.eventId ?? null,
      members: members.map(oid),
      admins: admins.map(oid),
      membersCanPost: spec.membersCanPost !== false,
    });
    created = true;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const c = await ConversationModel.findOne({ pairKey }, { _id: 1 }).lean();
  if (!c) throw notFound('Conversation');
  if (created) {
    await linkContacts(members);
    chatEventBus().emit('conversation.changed', { conversationId: c._id.toString(), userIds: members });
  }
  return { conversationId: c._id.toString(), created };
}

/**
 * Replaces the members, admins and (when given) the posting policy of the group with this key.
 * Removed members lose access at once (history 404, sends refused); users who joined or left get
 * their unread total recounted. 404 when no group has this key.
 */
export async function syncGroupMembers(
  key: string,
  memberIds: string[],
  adminIds: string[],
  membersCanPost?: boolean,
): Promise<void> {
  const pairKey = groupPairKeyOf(checkKey(key));
  const c = await ConversationModel.findOne({ pairKey }).lean<ConversationRecord>();
  if (!c) throw notFound('Conversation');
  const { members, admins } = membersOf(memberIds, adminIds);
  const set: Record<string, unknown> = { members: members.map(oid), admins: admins.map(oid) };
  if (typeof membersCanPost === 'boolean') set.membersCanPost = membersCanPost;
  await ConversationModel.updateOne({ _id: c._id }, { $set: set });
  forgetConversation(c._id.toString());
  const before = new Set(c.members.map(String));
  const after = new Set(members);
  const added = members.filter((m) => !before.has(m));
  const changed = [...added, ...[...before].filter((m) => !after.has(m))];
  if (added.length) await linkContacts(members);
  if (changed.length) chatEventBus().emit('unread.changed', { userIds: changed });
  // Everyone reloads when the policy or the admins changed (canPost); otherwise only who joined or left.
  const policyChanged =
    (typeof membersCanPost === 'boolean' && membersCanPost !== (c.membersCanPost !== false)) ||
    (c.admins ?? []).map(String).sort().join() !== [...admins].sort().join();
  const tell = policyChanged ? [...new Set([...members, ...changed])] : changed;
  if (tell.length) chatEventBus().emit('conversation.changed', { conversationId: c._id.toString(), userIds: tell });
}

/**
 * Posts as a member through the normal message path: stored before it resolves, pushed to every
 * member's sockets, counted unread. Pass a stable `clientId` to make a retry idempotent (the same
 * message comes back). Errors: 404 not a member / no such conversation, 403 announcement channel
 * and not an admin, 400 invalid text.
 */
export async function postGroupMessage(
  conversationId: string,
  senderUserId: string,
  text: string,
  clientId: string = `grp_${randomBytes(12).toString('hex')}`,
): Promise<MessageDto> {
  const parsed = MessageTextSchema.safeParse(text);
  if (!parsed.success) throw badRequest('The message text is empty or too long');
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(clientId)) throw badRequest('clientId: 8–64 letters, digits, _ or -');
  if (!OBJECT_ID_PATTERN.test(conversationId) || !OBJECT_ID_PATTERN.test(senderUserId)) {
    throw notFound('Conversation');
  }
  try {
    return await sendMessage(senderUserId, { conversationId, clientId, text: parsed.data }, chatEventBus());
  } catch (err) {
    if (!(err instanceof ChatError)) throw err;
    if (err.code === 'forbidden' || err.code === 'blocked') throw forbidden(err.message);
    if (err.code === 'not_found') throw notFound('Conversation');
    throw new AppError(400, 'bad_request', err.message);
  }
}

export async function groupConversationIdByKey(key: string): Promise<string | null> {
  const c = await ConversationModel.findOne({ pairKey: groupPairKeyOf(checkKey(key)) }, { _id: 1 }).lean();
  return c ? c._id.toString() : null;
}
