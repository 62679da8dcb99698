import { Schema, model, type Types } from 'mongoose';

/** The stored shape of a 1:1 conversation, as `lean()` returns it. */
export interface ConversationRecord {
  _id: Types.ObjectId;
  /** The two member ids, sorted: `<smaller>:<larger>`. Unique, so a pair has one conversation. */
  pairKey: string;
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
  updatedAt: Date;
}

const conversationSchema = new Schema(
  {
    pairKey: { type: String, required: true, unique: true },
    members: { type: [Schema.Types.ObjectId], required: true, index: true },
    lastRead: { type: Schema.Types.Mixed, default: {} },
    blockedBy: { type: [Schema.Types.ObjectId], default: [] },
    deletedMembers: { type: [Schema.Types.ObjectId], default: [] },
  },
  { timestamps: true, collection: 'conversations', minimize: false },
);

export const pairKeyOf = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

export const ConversationModel = model('Conversation', conversationSchema);
