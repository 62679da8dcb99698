import { Schema, model, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { LANGUAGES, ROLES } from '@musubi/shared';

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    displayName: { type: String, required: true },
    language: { type: String, enum: LANGUAGES, required: true },
    timeZone: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true, default: 'member' },
  },
  { timestamps: true, collection: 'users' },
);

export type User = InferSchemaType<typeof userSchema>;
export type UserDocument = HydratedDocument<User>;
export const UserModel = model('User', userSchema);
