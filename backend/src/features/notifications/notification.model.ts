import { Schema, model, type Types } from 'mongoose';
import { NOTIFICATION_TYPES, type NotificationType } from '@musubi/shared';

/** The stored shape of a notification, as `lean()` returns it. */
export interface NotificationRecord {
  _id: Types.ObjectId;
  recipientId: Types.ObjectId;
  type: NotificationType;
  /** A snapshot of who acted, taken when the notification was made (null for system ones). */
  actor: { userId: string; displayName: string; profileId: string | null; avatarUrl: string | null } | null;
  subject: { kind: string; id: string };
  data: Record<string, string | number | boolean | null>;
  readAt: Date | null;
  createdAt: Date;
}

const notificationSchema = new Schema(
  {
    recipientId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, enum: NOTIFICATION_TYPES, required: true },
    actor: { type: Schema.Types.Mixed, default: null },
    subject: { type: Schema.Types.Mixed, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
    readAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'notifications', versionKey: false, minimize: false },
);
notificationSchema.index({ recipientId: 1, _id: -1 });
notificationSchema.index({ recipientId: 1, readAt: 1 });

export const NotificationModel = model('Notification', notificationSchema);
