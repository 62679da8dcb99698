import { Schema, model } from 'mongoose';

/** Failed logins per (account, IP) within a window; shared by all processes through the database. */
const loginAttemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    windowStart: { type: Date, required: true, index: true },
  },
  { collection: 'login_attempts', versionKey: false },
);

export const LoginAttemptModel = model('LoginAttempt', loginAttemptSchema);
