import { Schema, Types, model, type HydratedDocument, type InferSchemaType } from 'mongoose';
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

/**
 * Told the id of every user this process writes (null: writes whose users are not known by id), so
 * what is remembered of them (the session cache) is read again. After the write, so a read that
 * raced with it is not kept either (see `RecentReads`).
 */
type UserWriteListener = (userId: string | null) => void | Promise<void>;
const writeListeners = new Set<UserWriteListener>();

/** `listener` may return a promise (it must not reject): the write resolves after it. */
export function onUserWrite(listener: UserWriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

async function userWritten(userId: string | null): Promise<void> {
  await Promise.all([...writeListeners].map((listener) => listener(userId)));
}

userSchema.post('save', function () {
  return userWritten(this._id.toString());
});
userSchema.post(
  [
    'updateOne',
    'updateMany',
    'findOneAndUpdate',
    'findOneAndReplace',
    'replaceOne',
    'deleteOne',
    'deleteMany',
    'findOneAndDelete',
  ],
  function () {
    const id: unknown = this.getFilter()._id;
    return userWritten(typeof id === 'string' || id instanceof Types.ObjectId ? id.toString() : null);
  },
);

export type User = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<User>;
export const UserModel = model('User', userSchema);
