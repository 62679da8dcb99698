import { Schema, model, type Types } from 'mongoose';

/** The onboarding wizard's progress: one per user, loosely shaped until the profile is saved. */
export interface ProfileDraftRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  step: number;
  data: Record<string, unknown>;
  updatedAt: Date;
}

const draftSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true, unique: true },
    step: { type: Number, required: true },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'profile_drafts', timestamps: true, minimize: false },
);

export const ProfileDraftModel = model<ProfileDraftRecord>('ProfileDraft', draftSchema);
