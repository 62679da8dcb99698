import { Schema, model, type Types } from 'mongoose';

/**
 * Tombstones of deleted profiles: a process polling `profiles.updatedAt` cannot see a deletion,
 * so it also reads what was deleted since its last poll. Old ones can be purged.
 */
export interface ProfileDeletionRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  deletedAt: Date;
}

const profileDeletionSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    deletedAt: { type: Date, required: true, index: true },
  },
  { collection: 'profile_deletions', versionKey: false },
);

export const ProfileDeletionModel = model<ProfileDeletionRecord>('ProfileDeletion', profileDeletionSchema);
