import { Schema, model, type Types } from 'mongoose';
import type { ProfileTokens } from './engine';

/**
 * Each profile's tokens, stored so an index rebuild never re-tokenises. `profileVersion` and the
 * tokenizer version inside `tokens` tell when they are stale.
 */
export interface ProfileTokensRecord {
  _id: Types.ObjectId;
  profileVersion: number;
  tokens: ProfileTokens;
}

const profileTokensSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    profileVersion: { type: Number, required: true },
    tokens: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'profile_tokens', versionKey: false, minimize: false },
);

export const ProfileTokensModel = model<ProfileTokensRecord>('ProfileTokens', profileTokensSchema);
