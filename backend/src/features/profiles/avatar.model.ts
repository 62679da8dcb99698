import { Schema, model, type Types } from 'mongoose';

/** Profile pictures, keyed by profile id, so profile queries never load image bytes. */
export interface AvatarRecord {
  _id: Types.ObjectId;
  data: Buffer;
  contentType: string;
  size: number;
  etag: string;
}

const avatarSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    data: { type: Buffer, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    etag: { type: String, required: true },
  },
  { collection: 'avatars', versionKey: false, timestamps: true },
);

export const AvatarModel = model<AvatarRecord>('Avatar', avatarSchema);
