import { z } from 'zod';
import { lineText, multilineText } from './text';
import { TimeZoneSchema } from './auth';
import { ObjectIdSchema } from './common';
import type { ProfileKind } from './profiles';

/**
 * Meetings: requests with 1–3 proposed slots, answers (accept one slot, decline, counter-propose),
 * changes and cancellations. Times travel as ISO 8601 UTC strings; screens render them in the
 * viewer's time zone (and the other person's or the event's beside it when it differs).
 */
export const MEETING_LIMITS = {
  slotsMin: 1,
  slotsMax: 3,
  durationMin: 15,
  durationMax: 120,
  /** Slots start on this grid and last a multiple of it: one booking block. */
  blockMinutes: 15,
  /** How far ahead a slot may be proposed. */
  horizonDays: 180,
  messageMax: 2000,
  reasonMax: 500,
  placeMax: 300,
  urlMax: 500,
  notesMax: 5000,
  /** Default cap on pending outgoing requests per member (MEETING_PENDING_CAP overrides). */
  pendingOutgoingDefault: 10,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  /** Free-slot search window. */
  freeSlotsMaxDays: 31,
  freeSlotsMax: 50,
  availabilityRulesMax: 28,
} as const;

const BLOCK_MS = MEETING_LIMITS.blockMinutes * 60_000;

/** A UTC instant on the 15-minute grid (seconds and milliseconds zero). */
export const SlotStartSchema = z.iso
  .datetime({ offset: true })
  .refine((s) => Date.parse(s) % BLOCK_MS === 0, { message: 'Slots start on a quarter hour' })
  .transform((s) => new Date(Date.parse(s)).toISOString());

export const SlotSchema = z.strictObject({
  start: SlotStartSchema,
  durationMinutes: z
    .number()
    .int()
    .min(MEETING_LIMITS.durationMin)
    .max(MEETING_LIMITS.durationMax)
    .refine((d) => d % MEETING_LIMITS.blockMinutes === 0, { message: 'Duration is a multiple of 15 minutes' }),
});
export type SlotInput = z.output<typeof SlotSchema>;

/** 1–3 distinct slots (the server also checks they are in the future and within the horizon). */
export const SlotListSchema = z
  .array(SlotSchema)
  .min(MEETING_LIMITS.slotsMin)
  .max(MEETING_LIMITS.slotsMax)
  .refine((slots) => new Set(slots.map((s) => s.start)).size === slots.length, {
    message: 'Slots must differ',
  });

export const MEETING_FORMATS = ['online', 'in_person', 'event'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** Where: an online link (http/https), a place, or an event (optionally a table/place there). */
export const MeetingLocationSchema = z.discriminatedUnion('format', [
  z.strictObject({
    format: z.literal('online'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(MEETING_LIMITS.urlMax)
      .optional(),
  }),
  z.strictObject({ format: z.literal('in_person'), place: lineText(MEETING_LIMITS.placeMax).min(1) }),
  z.strictObject({
    format: z.literal('event'),
    eventId: ObjectIdSchema.optional(),
    place: lineText(MEETING_LIMITS.placeMax).optional(),
  }),
]);
export type MeetingLocation = z.output<typeof MeetingLocationSchema>;

/** POST /api/meetings — the receiver is named by their profile. */
export const CreateMeetingSchema = z.strictObject({
  profileId: ObjectIdSchema,
  message: multilineText(MEETING_LIMITS.messageMax).default(''),
  slots: SlotListSchema,
  location: MeetingLocationSchema,
  /** Where the request started, for analytics ("profile", "suggestion", "conversation", "event"). */
  origin: z.enum(['profile', 'suggestion', 'conversation', 'event']).optional(),
});
export type CreateMeetingInput = z.output<typeof CreateMeetingSchema>;

/**
 * Every transition names the version it saw (optimistic concurrency): a racing second action gets
 * 409 `conflict` and changes nothing.
 */
const expected = { version: z.number().int().min(0) };

/** POST /api/meetings/:id/accept — the side that did not propose accepts one of the slots. */
export const AcceptMeetingSchema = z.strictObject({ ...expected, start: SlotStartSchema });
/** POST /api/meetings/:id/decline */
export const DeclineMeetingSchema = z.strictObject({
  ...expected,
  reason: multilineText(MEETING_LIMITS.reasonMax).default(''),
});
/** POST /api/meetings/:id/counter — the answering side proposes other slots instead. */
export const CounterMeetingSchema = z.strictObject({
  ...expected,
  slots: SlotListSchema,
  message: multilineText(MEETING_LIMITS.messageMax).optional(),
});
/** PATCH /api/meetings/:id — the proposing side edits a pending request. */
export const EditMeetingSchema = z.strictObject({
  ...expected,
  slots: SlotListSchema.optional(),
  message: multilineText(MEETING_LIMITS.messageMax).optional(),
  location: MeetingLocationSchema.optional(),
});
/** POST /api/meetings/:id/cancel — either side, pending or accepted. */
export const CancelMeetingSchema = z.strictObject({
  ...expected,
  reason: multilineText(MEETING_LIMITS.reasonMax).default(''),
});
/** POST /api/meetings/:id/reschedule — either side of an accepted meeting: it becomes a new proposal. */
export const RescheduleMeetingSchema = z.strictObject({
  ...expected,
  slots: SlotListSchema,
  message: multilineText(MEETING_LIMITS.messageMax).optional(),
});

export const MEETING_OUTCOMES = ['held', 'no_show'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];
/** PUT /api/meetings/:id/outcome — after the meeting's start; each side records its own view. */
export const MeetingOutcomeSchema = z.strictObject({
  outcome: z.enum(MEETING_OUTCOMES).nullable().optional(),
  /** Private: only the author ever sees them. */
  notes: multilineText(MEETING_LIMITS.notesMax).optional(),
});

export const MEETING_STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** GET /api/meetings?box= */
export const MEETING_BOXES = ['incoming', 'outgoing', 'upcoming', 'past', 'all'] as const;
export type MeetingBox = (typeof MEETING_BOXES)[number];
export const MeetingsQuerySchema = z.strictObject({
  box: z.enum(MEETING_BOXES).default('all'),
  /** Only meetings with this member's profile (e.g. from a conversation or a profile page). */
  profileId: ObjectIdSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MEETING_LIMITS.pageSizeMax).default(MEETING_LIMITS.pageSizeDefault),
});

/** Weekly availability, like booking tools: times are wall-clock in `timeZone`. */
const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'Use HH:MM' });
export const AvailabilityRuleSchema = z
  .strictObject({
    /** 0 = Sunday … 6 = Saturday. */
    weekday: z.number().int().min(0).max(6),
    start: HhMm,
    end: HhMm,
  })
  .refine((r) => r.start < r.end, { message: 'End must be after start' });
/** PUT /api/meetings/availability (an empty rule list means "no availability set"). */
export const AvailabilitySchema = z.strictObject({
  timeZone: TimeZoneSchema,
  rules: z.array(AvailabilityRuleSchema).max(MEETING_LIMITS.availabilityRulesMax),
});
export type AvailabilityInput = z.output<typeof AvailabilitySchema>;

/** GET /api/meetings/free-slots?profileId=&from=&to=&duration= — the receiver's free slots. */
export const FreeSlotsQuerySchema = z.strictObject({
  profileId: ObjectIdSchema,
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  duration: z.coerce
    .number()
    .int()
    .min(MEETING_LIMITS.durationMin)
    .max(MEETING_LIMITS.durationMax)
    .refine((d) => d % MEETING_LIMITS.blockMinutes === 0)
    .default(30),
});

// ---- DTOs ----

export interface SlotDto {
  start: string;
  end: string;
  durationMinutes: number;
  /** Outside the receiver's weekly availability (only when they set one). */
  outsideAvailability: boolean;
}

export interface MeetingParticipantDto {
  userId: string;
  profileId: string | null;
  displayName: string;
  kind: ProfileKind | null;
  avatarUrl: string | null;
  /** Their account's time zone. */
  timeZone: string;
}

export interface MeetingHistoryEntryDto {
  action: 'requested' | 'edited' | 'countered' | 'accepted' | 'declined' | 'cancelled' | 'rescheduled' | 'expired';
  byUserId: string | null;
  at: string;
  reason?: string;
}

export interface MeetingDto {
  id: string;
  status: MeetingStatus;
  /** Increments on every change; send it back with the next action. */
  version: number;
  requester: MeetingParticipantDto;
  receiver: MeetingParticipantDto;
  /** Who made the current proposal; the other side answers it. */
  proposedByUserId: string;
  message: string;
  location: MeetingLocation;
  eventId: string | null;
  /** The open proposal (pending) or the proposal that was answered. */
  slots: SlotDto[];
  /** The agreed slot (accepted meetings). */
  acceptedSlot: { start: string; end: string; durationMinutes: number } | null;
  declineReason: string | null;
  cancelReason: string | null;
  cancelledByUserId: string | null;
  history: MeetingHistoryEntryDto[];
  /** What the viewer may do now. */
  can: {
    accept: boolean;
    decline: boolean;
    counter: boolean;
    edit: boolean;
    cancel: boolean;
    reschedule: boolean;
    recordOutcome: boolean;
  };
  /** The viewer's own outcome and private notes (never the other side's). */
  myOutcome: MeetingOutcome | null;
  myNotes: string;
  /** iCalendar SEQUENCE: increases with every change of time, place or status. */
  sequence: number;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingPageDto {
  items: MeetingDto[];
  nextCursor: string | null;
}

export interface AvailabilityDto {
  timeZone: string;
  rules: Array<{ weekday: number; start: string; end: string }>;
}

export interface FreeSlotsDto {
  timeZone: string;
  /** False when the member set no weekly availability (then no free slots are offered). */
  hasAvailability: boolean;
  slots: Array<{ start: string; end: string }>;
}

/** GET /api/meetings/stats — the viewer's own dashboard figures. */
export interface MeetingStatsDto {
  held: number;
  upcoming: number;
  pendingIncoming: number;
  pendingOutgoing: number;
  pendingOutgoingCap: number;
}

/** GET/POST/DELETE /api/calendar/feed — the personal feed URL (shown once per rotation). */
export interface CalendarFeedDto {
  enabled: boolean;
  /** Absolute URL with the secret token; null when disabled. */
  url: string | null;
  createdAt: string | null;
}
