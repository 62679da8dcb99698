import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { LANGUAGES, ORGANISER_REQUEST_STATUSES, ROLES } from '@musubi/shared';

/** A member's request to organise events; an admin decides (see features/roles). */
const organiserRequestSchema = new Schema(
  {
    status: { type: String, enum: ORGANISER_REQUEST_STATUSES, required: true, default: 'none' },
    note: { type: String, default: '' },
    requestedAt: { type: Date, default: null },
    decidedAt: { type: Date, default: null },
  },
  { _id: false },
);

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    displayName: { type: String, required: true },
    language: { type: String, enum: LANGUAGES, required: true },
    timeZone: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true, default: 'member' },
    organiserRequest: { type: organiserRequestSchema, default: () => ({}) },
  },
  { timestamps: true, collection: 'users' },
);

// Admins list pending requests oldest first.
userSchema.index({ 'organiserRequest.status': 1, 'organiserRequest.requestedAt': 1, _id: 1 });

export type User = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<User>;
export const UserModel = model('User', userSchema);
