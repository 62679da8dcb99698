import { Schema, model, type Types } from 'mongoose';
import {
  EVENT_STATUSES,
  PARTICIPANT_STATUSES,
  type EventStatus,
  type LocalizedText,
  type ParticipantStatus,
} from '@musubi/shared';

export interface StoredSessionPlan {
  startsAt: Date;
  slotMinutes: number;
  breakMinutes: number;
  rounds: number;
  tables: number;
  maxMeetingsPerPerson: number;
}

/** The stored shape of an event, as `lean()` returns it. */
export interface EventRecord {
  _id: Types.ObjectId;
  status: EventStatus;
  /** Optimistic-concurrency token: each change claims `<eventId>:<version>` first (see event-claims.ts). */
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  venue: LocalizedText;
  online: boolean;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  capacity: number;
  registrationOpen: boolean;
  requiresApproval: boolean;
  announcementReplies: boolean;
  sessionPlan: StoredSessionPlan | null;
  ownerId: Types.ObjectId;
  /** Owner first, then co-organisers (user ids). */
  organiserIds: Types.ObjectId[];
  channelConversationId: Types.ObjectId | null;
  schedulePublished: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const eventSchema = new Schema(
  {
    status: { type: String, enum: EVENT_STATUSES, required: true },
    version: { type: Number, required: true },
    title: { type: Schema.Types.Mixed, required: true },
    description: { type: Schema.Types.Mixed, default: {} },
    venue: { type: Schema.Types.Mixed, default: {} },
    online: { type: Boolean, default: false },
    onlineUrl: { type: String, default: null },
    startsAt: { type: Date, required: true, index: true },
    endsAt: { type: Date, required: true },
    timeZone: { type: String, required: true },
    capacity: { type: Number, required: true },
    registrationOpen: { type: Boolean, default: true },
    requiresApproval: { type: Boolean, default: false },
    announcementReplies: { type: Boolean, default: false },
    sessionPlan: { type: Schema.Types.Mixed, default: null },
    ownerId: { type: Schema.Types.ObjectId, required: true },
    organiserIds: { type: [Schema.Types.ObjectId], required: true, index: true },
    channelConversationId: { type: Schema.Types.ObjectId, default: null },
    schedulePublished: { type: Boolean, default: false },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'events', versionKey: false, minimize: false },
);
export const EventModel = model('Event', eventSchema);

/**
 * One document per decided change of an event, `_id` = `<eventId>:<version>`: a unique insert is
 * atomic on every server, so of two edits from the same version exactly one wins.
 */
const eventClaimSchema = new Schema(
  { _id: { type: String, required: true }, createdAt: { type: Date, required: true } },
  { collection: 'event_claims', versionKey: false },
);
export const EventClaimModel = model('EventClaim', eventClaimSchema);

/** A participant, `_id` = `<eventId>:<profileId>`: one record per profile and event (unique `_id`). */
export interface ParticipantRecord {
  _id: string;
  eventId: Types.ObjectId;
  profileId: Types.ObjectId;
  userId: Types.ObjectId;
  status: ParticipantStatus;
  availability: boolean[] | null;
  source: 'joined' | 'imported' | 'added';
  /** The organiser who invited them (imported or added), else null. */
  invitedBy: Types.ObjectId | null;
  /** The seat (1..capacity) this registration holds while pending or approved. */
  seat: number | null;
  joinedAt: Date;
  updatedAt: Date;
}
const participantSchema = new Schema(
  {
    _id: { type: String, required: true },
    eventId: { type: Schema.Types.ObjectId, required: true, index: true },
    profileId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true, index: true },
    status: { type: String, enum: PARTICIPANT_STATUSES, required: true },
    availability: { type: [Boolean], default: null },
    source: { type: String, required: true },
    invitedBy: { type: Schema.Types.ObjectId, default: null },
    seat: { type: Number, default: null },
    joinedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'event_participants', versionKey: false },
);
export const ParticipantModel = model('EventParticipant', participantSchema);

/**
 * An invitation to co-organise, `_id` = `<eventId>:<email>` (lower case): one per event and email,
 * stored whether or not the email has an account, so the answer to the inviter never tells.
 */
export interface OrganiserInvitationRecord {
  _id: string;
  eventId: Types.ObjectId;
  email: string;
  invitedBy: Types.ObjectId;
  /** withdrawn: a declined invitation the organisers took off their list (kept, so it is never sent again). */
  status: 'pending' | 'declined' | 'withdrawn';
  createdAt: Date;
}
const organiserInvitationSchema = new Schema(
  {
    _id: { type: String, required: true },
    eventId: { type: Schema.Types.ObjectId, required: true, index: true },
    email: { type: String, required: true, index: true },
    invitedBy: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'event_organiser_invitations', versionKey: false },
);
export const OrganiserInvitationModel = model('EventOrganiserInvitation', organiserInvitationSchema);

/**
 * Capacity: one document per taken seat, `_id` = `<eventId>:<seat>`. A joiner takes the first free
 * seat by unique insert, so ten joiners racing for five seats leave exactly five in.
 */
export interface SeatRecord {
  _id: string;
  eventId: Types.ObjectId;
  profileId: Types.ObjectId;
}
const seatSchema = new Schema(
  {
    _id: { type: String, required: true },
    eventId: { type: Schema.Types.ObjectId, required: true, index: true },
    profileId: { type: Schema.Types.ObjectId, required: true },
  },
  { collection: 'event_seats', versionKey: false },
);
export const SeatModel = model('EventSeat', seatSchema);

/** The organiser's decision on a pair, `_id` = `<eventId>:<pairKey>`. Undecided suggestions are not stored. */
export interface PairDecisionRecord {
  _id: string;
  eventId: Types.ObjectId;
  pairKey: string;
  status: 'suggested' | 'approved' | 'rejected' | 'introduced';
  pinned: boolean;
  manual: boolean;
  introducedAt: Date | null;
  conversationId: Types.ObjectId | null;
  updatedAt: Date;
}
const pairDecisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    eventId: { type: Schema.Types.ObjectId, required: true, index: true },
    pairKey: { type: String, required: true },
    status: { type: String, required: true },
    pinned: { type: Boolean, default: false },
    manual: { type: Boolean, default: false },
    introducedAt: { type: Date, default: null },
    conversationId: { type: Schema.Types.ObjectId, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'event_pair_decisions', versionKey: false },
);
export const PairDecisionModel = model('EventPairDecision', pairDecisionSchema);

export interface StoredScheduledMeeting {
  a: string;
  b: string;
  round: number;
  table: number;
  score: number | null;
  approved: boolean;
  locked: boolean;
  meetingId: Types.ObjectId | null;
}

/** An event's schedule, `_id` = the event id: the organiser's draft and what was last published. */
export interface ScheduleRecord {
  _id: Types.ObjectId;
  status: 'draft' | 'published';
  meetings: StoredScheduledMeeting[];
  /** The meetings as last published (with their meeting ids): the base a republish updates. */
  published: StoredScheduledMeeting[];
  stats: Record<string, unknown> | null;
  generatedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}
const scheduleSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true },
    meetings: { type: [Schema.Types.Mixed], default: [] },
    published: { type: [Schema.Types.Mixed], default: [] },
    stats: { type: Schema.Types.Mixed, default: null },
    generatedAt: { type: Date, default: null },
    publishedAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'event_schedules', versionKey: false, minimize: false },
);
export const ScheduleModel = model('EventSchedule', scheduleSchema);

/** Short-lived locks (`_id` = `<what>:<eventId>`) for work that must not run twice at once (publishing). */
const eventLockSchema = new Schema(
  { _id: { type: String, required: true }, createdAt: { type: Date, required: true } },
  { collection: 'event_locks', versionKey: false },
);
export const EventLockModel = model('EventLock', eventLockSchema);
