import { Schema, model, type Types } from 'mongoose';
import { FEEDBACK_ACTIONS, type FeedbackAction } from '@musubi/shared';

/** A member's reaction to a suggested profile: one per (user, profile); the latest action wins. */
export interface FeedbackRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  profileId: Types.ObjectId;
  action: FeedbackAction;
  /** For "not now": when the profile may be suggested again. */
  until?: Date;
  updatedAt: Date;
}

const feedbackSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    profileId: { type: Schema.Types.ObjectId, required: true },
    action: { type: String, enum: FEEDBACK_ACTIONS, required: true },
    until: Date,
  },
  { collection: 'match_feedback', timestamps: { createdAt: false, updatedAt: true }, versionKey: false },
);
feedbackSchema.index({ userId: 1, profileId: 1 }, { unique: true });
feedbackSchema.index({ userId: 1, action: 1, updatedAt: -1 });

export const FeedbackModel = model<FeedbackRecord>('MatchFeedback', feedbackSchema);
