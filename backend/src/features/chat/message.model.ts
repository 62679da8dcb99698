import { Schema, model, type Types } from 'mongoose';

/** The stored shape of a message. Its `_id` (server-generated) is the order key after `createdAt`. */
export interface MessageRecord {
  _id: Types.ObjectId;
  conversationId: Types.ObjectId;
  senderId: Types.ObjectId;
  clientId: string;
  text: string;
  createdAt: Date;
  /** Absent until the message is edited (new messages are stored without it); null on older ones. */
  editedAt?: Date | null;
  /** Absent until the message is deleted (as editedAt). Filter with `deletedAt: null`, which matches absent too. */
  deletedAt?: Date | null;
}

const messageSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, required: true },
    senderId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: String, required: true },
    text: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    editedAt: { type: Date, default: null },
    deletedAt: { type: Date, default: null },
  },
  { collection: 'messages', versionKey: false },
);
// A resend with the same clientId hits this index: the stored message is returned, never a copy.
messageSchema.index({ conversationId: 1, senderId: 1, clientId: 1 }, { unique: true });
messageSchema.index({ conversationId: 1, _id: 1 });

export const MessageModel = model('Message', messageSchema);
