import { Schema, model, type Types } from 'mongoose';

/** Per-user chat state: settings and presence. `_id` is the user id. */
export interface ChatUserRecord {
  _id: Types.ObjectId;
  sendReadReceipts: boolean;
  lastSeenAt: Date | null;
  /** Everyone the user shares a conversation with: read by `_id`, the one lookup FerretDB indexes. */
  contacts: Types.ObjectId[];
}

const chatUserSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    sendReadReceipts: { type: Boolean, default: true },
    lastSeenAt: { type: Date, default: null },
    contacts: { type: [Schema.Types.ObjectId], default: [] },
  },
  { collection: 'chat_users', versionKey: false },
);

export const ChatUserModel = model('ChatUser', chatUserSchema);
