import { Schema, model, type Types } from 'mongoose';

/** A report about a conversation, for admins. */
export interface ChatReportRecord {
  _id: Types.ObjectId;
  conversationId: Types.ObjectId;
  reporterId: Types.ObjectId;
  reason: string;
  messageIds: Types.ObjectId[];
  createdAt: Date;
}

const reportSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, required: true },
    reporterId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    messageIds: { type: [Schema.Types.ObjectId], default: [] },
    createdAt: { type: Date, required: true, index: true },
  },
  { collection: 'chat_reports', versionKey: false },
);

export const ChatReportModel = model('ChatReport', reportSchema);
