import { Schema, model, type Types } from 'mongoose';

/** A member's weekly availability (wall-clock rules in `timeZone`), `_id` = user id. */
export interface AvailabilityRecord {
  _id: Types.ObjectId;
  timeZone: string;
  rules: Array<{ weekday: number; start: string; end: string }>;
  updatedAt: Date;
}
const availabilitySchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    timeZone: { type: String, required: true },
    rules: { type: [new Schema({ weekday: Number, start: String, end: String }, { _id: false })], default: [] },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'meeting_availability', versionKey: false },
);
export const AvailabilityModel = model('MeetingAvailability', availabilitySchema);

/**
 * Personal calendar feeds. `_id` is the SHA-256 (hex) of the secret token, so the feed lookup is an
 * `_id` match and the token itself is never stored; one feed per user (unique `userId`).
 */
export interface CalendarFeedRecord {
  _id: string;
  userId: Types.ObjectId;
  createdAt: Date;
}
const calendarFeedSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, unique: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'calendar_feeds', versionKey: false },
);
export const CalendarFeedModel = model('CalendarFeed', calendarFeedSchema);
