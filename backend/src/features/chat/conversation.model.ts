import { Schema, model, type Types } from 'mongoose';

/** The stored shape of a conversation (1:1 or group), as `lean()` returns it. */
export interface ConversationRecord {
  _id: Types.ObjectId;
  /**
   * Direct: the two member ids, sorted: `<smaller>:<larger>`. Group: `group:<key>`. Unique, so a
   * pair (or a group key) has one conversation — FerretDB has no partial indexes or transactions.
   */
  pairKey: string;
  /** Absent on conversations stored before groups existed: those are direct. */
  type?: 'direct' | 'group';
  /** Groups only. */
  title?: { ja?: string; en?: string } | null;
  eventId?: string | null;
  /** Groups: members who may always post and manage (organisers); they are members too. */
  admins?: Types.ObjectId[];
  /** Groups: false = announcement channel (only admins post). */
  membersCanPost?: boolean;
  members: Types.ObjectId[];
  /** Per member (keyed by user id): the last message id they have read. */
  lastRead?: Record<string, Types.ObjectId>;
  /** Members who blocked the other one. */
  blockedBy: Types.ObjectId[];
  /** Members whose account was deleted: the history stays, nothing more can be sent. */
  deletedMembers: Types.ObjectId[];
  // No last-message summary is stored: it would cost a write per message on the send path;
  // listings read each conversation's latest message through the {conversationId, _id} index.
  createdAt: Date;
  /** Moved by changes to members, blocks and policy (read marks leave it): other processes' caches watch it. */
  updatedAt: Date;
}

const conversationSchema = new Schema(
  {
    pairKey: { type: String, required: true, unique: true },
    type: { type: String, enum: ['direct', 'group'], default: 'direct' },
    title: { type: new Schema({ ja: String, en: String }, { _id: false }), default: null },
    eventId: { type: String, default: null },
    admins: { type: [Schema.Types.ObjectId], default: [] },
    membersCanPost: { type: Boolean, default: true },
    members: { type: [Schema.Types.ObjectId], required: true, index: true },
    lastRead: { type: Schema.Types.Mixed, default: {} },
    blockedBy: { type: [Schema.Types.ObjectId], default: [] },
    deletedMembers: { type: [Schema.Types.ObjectId], default: [] },
  },
  { timestamps: true, collection: 'conversations', minimize: false },
);

// Each process polls for conversations changed by others (conversation-cache); MongoDB uses this
// index for it, FerretDB scans anyway.
conversationSchema.index({ updatedAt: 1 });

export const groupPairKeyOf = (key: string) => `group:${key}`;

/** The group key of an event's announcement channel. */
export const eventChannelKeyOf = (eventId: string) => `event:${eventId}:announcements`;

/** Whether a conversation is an event's announcement channel (members see members through the profile rule). */
export const isEventChannel = (c: Pick<ConversationRecord, 'type' | 'eventId' | 'pairKey'>) =>
  c.type === 'group' && !!c.eventId && c.pairKey === groupPairKeyOf(eventChannelKeyOf(c.eventId));

export const isGroup = (c: Pick<ConversationRecord, 'type'>) => c.type === 'group';

/** Whether `userId` may post in `c` now (membership aside): admins always; members unless announcement-only. */
export const mayPost = (c: ConversationRecord, userId: string) =>
  !isGroup(c) || c.membersCanPost !== false || (c.admins ?? []).some((a) => a.toString() === userId);

export const pairKeyOf = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

export const ConversationModel = model('Conversation', conversationSchema);
