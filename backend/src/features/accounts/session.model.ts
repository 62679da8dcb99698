import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * Server-side sessions. `_id` is the SHA-256 of the cookie token, so a leaked database does not
 * leak usable cookies. Expiry is enforced by the app (TTL indexes are not available everywhere).
 */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    expiresAt: { type: Date, required: true, index: true },
    lastSeenAt: { type: Date, required: true },
    userAgent: { type: String, default: '' },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'sessions' },
);

export type Session = InferSchemaType<typeof sessionSchema>;
export const SessionModel = model('Session', sessionSchema);
