import { Schema, model } from 'mongoose';

/**
 * Write locks on one version of one profile (`<profileId>:<version>`). FerretDB v1 applies
 * `findOneAndUpdate` as a non-atomic read-modify-write, so two edits from the same version could
 * both pass the version check; inserting a unique `_id` is atomic everywhere, so only one can hold
 * the lock. Held for the duration of one write.
 */
const profileLockSchema = new Schema(
  {
    _id: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'profile_locks', versionKey: false },
);

export const ProfileLockModel = model('ProfileLock', profileLockSchema);
