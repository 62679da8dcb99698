import { Schema, model, type Types } from 'mongoose';
import {
  MEETING_STATUSES,
  type MeetingHistoryEntryDto,
  type MeetingLocation,
  type MeetingStatus,
} from '@musubi/shared';

export interface StoredSlot {
  start: Date;
  durationMinutes: number;
}

/** The stored shape of a meeting, as `lean()` returns it. */
export interface MeetingRecord {
  _id: Types.ObjectId;
  requesterId: Types.ObjectId;
  receiverId: Types.ObjectId;
  /** Both user ids: "meetings I take part in" is one equality match. */
  participantIds: Types.ObjectId[];
  /** `<smaller id>:<larger id>`, for "meetings with this member". */
  pairKey: string;
  requesterProfileId: Types.ObjectId | null;
  receiverProfileId: Types.ObjectId | null;
  status: MeetingStatus;
  /** Optimistic-concurrency token: every transition is decided on it (see transitions.ts). */
  version: number;
  /** iCalendar SEQUENCE. */
  sequence: number;
  proposedById: Types.ObjectId;
  message: string;
  location: MeetingLocation;
  eventId: Types.ObjectId | null;
  origin: string | null;
  slots: StoredSlot[];
  /** The latest proposed start while pending (expiry); null otherwise. */
  lastSlotStart: Date | null;
  acceptedStart: Date | null;
  acceptedEnd: Date | null;
  /** When the meeting belongs to the "past" box: the end of an accepted one, the moment of a final answer. */
  pastAt: Date | null;
  declineReason: string | null;
  cancelReason: string | null;
  cancelledById: Types.ObjectId | null;
  history: Array<{
    action: MeetingHistoryEntryDto['action'];
    byUserId: Types.ObjectId | null;
    at: Date;
    reason?: string;
  }>;
  createdAt: Date;
  updatedAt: Date;
}

const slotSchema = new Schema({ start: { type: Date, required: true }, durationMinutes: Number }, { _id: false });
const historySchema = new Schema(
  { action: String, byUserId: { type: Schema.Types.ObjectId, default: null }, at: Date, reason: String },
  { _id: false },
);

const meetingSchema = new Schema(
  {
    requesterId: { type: Schema.Types.ObjectId, required: true },
    receiverId: { type: Schema.Types.ObjectId, required: true },
    participantIds: { type: [Schema.Types.ObjectId], required: true, index: true },
    pairKey: { type: String, required: true, index: true },
    requesterProfileId: { type: Schema.Types.ObjectId, default: null },
    receiverProfileId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, enum: MEETING_STATUSES, required: true },
    version: { type: Number, required: true },
    sequence: { type: Number, required: true },
    proposedById: { type: Schema.Types.ObjectId, required: true },
    message: { type: String, default: '' },
    location: { type: Schema.Types.Mixed, required: true },
    eventId: { type: Schema.Types.ObjectId, default: null },
    origin: { type: String, default: null },
    slots: { type: [slotSchema], default: [] },
    lastSlotStart: { type: Date, default: null, index: true },
    acceptedStart: { type: Date, default: null, index: true },
    acceptedEnd: { type: Date, default: null },
    pastAt: { type: Date, default: null },
    declineReason: { type: String, default: null },
    cancelReason: { type: String, default: null },
    cancelledById: { type: Schema.Types.ObjectId, default: null },
    history: { type: [historySchema], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'meetings', versionKey: false, minimize: false },
);

export const MeetingModel = model('Meeting', meetingSchema);

/**
 * One document per decided transition, `_id` = `<meetingId>:<version>`. FerretDB v1 applies a
 * guarded `updateOne({_id, version})` as a non-atomic read-modify-write, so two actions from the
 * same version could both pass; a unique `_id` insert is atomic everywhere, so exactly one wins.
 * The same collection holds short-lived per-member request locks (`request-lock:<userId>`).
 */
const transitionSchema = new Schema(
  { _id: { type: String, required: true }, createdAt: { type: Date, required: true } },
  { collection: 'meeting_transitions', versionKey: false },
);
export const MeetingTransitionModel = model('MeetingTransition', transitionSchema);

/**
 * No double booking: one document per person per 15-minute block of an accepted meeting.
 * `_id` is `<userId>:<blockStartMs>` (removal by `_id` is an index lookup on FerretDB too) and the
 * `{userId, blockStart}` unique index states the rule on any server.
 */
export interface BookingBlockRecord {
  _id: string;
  userId: Types.ObjectId;
  blockStart: Date;
  meetingId: Types.ObjectId;
  createdAt: Date;
}
const bookingBlockSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    blockStart: { type: Date, required: true },
    meetingId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'booking_blocks', versionKey: false },
);
bookingBlockSchema.index({ userId: 1, blockStart: 1 }, { unique: true });
export const BookingBlockModel = model('BookingBlock', bookingBlockSchema);

/** A member's private view of a held meeting, `_id` = `<meetingId>:<userId>`. */
export interface MeetingOutcomeRecord {
  _id: string;
  meetingId: Types.ObjectId;
  userId: Types.ObjectId;
  outcome: 'held' | 'no_show' | null;
  notes: string;
  updatedAt: Date;
}
const outcomeSchema = new Schema(
  {
    _id: { type: String, required: true },
    meetingId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    outcome: { type: String, default: null },
    notes: { type: String, default: '' },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'meeting_outcomes', versionKey: false },
);
export const MeetingOutcomeModel = model('MeetingOutcome', outcomeSchema);

/** Reminder claims, `_id` = `<meetingId>:<sequence>`: inserted by the one process that sends it. */
const reminderSchema = new Schema(
  { _id: { type: String, required: true }, sentAt: { type: Date, required: true } },
  { collection: 'meeting_reminders', versionKey: false },
);
export const MeetingReminderModel = model('MeetingReminder', reminderSchema);
