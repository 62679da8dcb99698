import { z } from 'zod';
import { multilineText } from './text';
import { LanguageSchema, TimeZoneSchema } from './auth';
import { ObjectIdSchema, csvList } from './common';
import {
  HttpUrlSchema,
  localizedText,
  type LocalizedText,
  type NeedCategory,
  type ProfileDto,
  type ProfileKind,
} from './profiles';
import type { MatchStrengthDto, ReasonDto } from './matching';

/**
 * Events: organisers (the cities, accelerators, corporates) run matching days, workshops and
 * demo-day exchanges; they curate who should meet whom and publish a schedule of rounds × tables.
 * Times travel as ISO 8601 UTC strings; each event has its own time zone for display.
 */
export const EVENT_LIMITS = {
  titleMax: 120,
  descriptionMax: 8000,
  venueMax: 300,
  capacityMax: 5000,
  roundsMax: 20,
  tablesMax: 200,
  coOrganisersMax: 10,
  introMessageMax: 2000,
  announcementMax: 4000,
  csvImportMaxBytes: 200 * 1024,
  csvImportMaxRows: 2000,
  bulkApproveMax: 500,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  pairsPageMax: 200,
} as const;

export const EVENT_STATUSES = ['draft', 'published', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Instants on the 15-minute grid, like meeting slots (booking blocks are 15 minutes). */
const GridInstant = z.iso
  .datetime({ offset: true })
  .refine((s) => Date.parse(s) % (15 * 60_000) === 0, { message: 'Use a time on a quarter hour' })
  .transform((s) => new Date(Date.parse(s)).toISOString());

/**
 * The meeting-session plan: rounds of `slotMinutes` separated by `breakMinutes`, each round with
 * `tables` tables. Round r (1-based) starts at startsAt + (r − 1) × (slotMinutes + breakMinutes).
 * Slot and break lengths are multiples of 15 minutes so published meetings fit the booking blocks.
 */
export const SessionPlanSchema = z.strictObject({
  startsAt: GridInstant,
  slotMinutes: z.union([z.literal(15), z.literal(30), z.literal(45), z.literal(60)]),
  breakMinutes: z.union([z.literal(0), z.literal(15), z.literal(30)]).default(0),
  rounds: z.number().int().min(1).max(EVENT_LIMITS.roundsMax),
  tables: z.number().int().min(1).max(EVENT_LIMITS.tablesMax),
  /** Most meetings one participant gets in the automatic schedule. */
  maxMeetingsPerPerson: z.number().int().min(1).max(EVENT_LIMITS.roundsMax).default(6),
});
export type SessionPlanInput = z.output<typeof SessionPlanSchema>;

const EventFields = {
  title: localizedText(EVENT_LIMITS.titleMax, true, 'single'),
  description: localizedText(EVENT_LIMITS.descriptionMax, false).default({}),
  /** A venue (name/address, ja/en) for in-person events; `online: true` for online-only ones. */
  venue: localizedText(EVENT_LIMITS.venueMax, false).default({}),
  online: z.boolean().default(false),
  onlineUrl: HttpUrlSchema.optional(),
  startsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(Date.parse(s)).toISOString()),
  endsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(Date.parse(s)).toISOString()),
  timeZone: TimeZoneSchema,
  capacity: z.number().int().min(1).max(EVENT_LIMITS.capacityMax),
  registrationOpen: z.boolean().default(true),
  /** Joiners wait for an organiser's approval. */
  requiresApproval: z.boolean().default(false),
  /** Participants may reply in the announcement channel (organisers always post). */
  announcementReplies: z.boolean().default(false),
  sessionPlan: SessionPlanSchema.nullable().default(null),
};

const endsAfterStart = (e: { startsAt?: string; endsAt?: string }) =>
  !e.startsAt || !e.endsAt || Date.parse(e.endsAt) > Date.parse(e.startsAt);

/** POST /api/events (organisers and admins) → 201 EventDto, as a draft. */
export const CreateEventSchema = z
  .strictObject(EventFields)
  .refine(endsAfterStart, { message: 'The end must be after the start', path: ['endsAt'] });
export type CreateEventInput = z.output<typeof CreateEventSchema>;

/** PATCH /api/events/:id (organisers) — any subset, with the version seen (409 `conflict` when stale). */
export const UpdateEventSchema = z
  .strictObject({
    version: z.number().int().min(0),
    title: EventFields.title.optional(),
    description: localizedText(EVENT_LIMITS.descriptionMax, false).optional(),
    venue: localizedText(EVENT_LIMITS.venueMax, false).optional(),
    online: z.boolean().optional(),
    onlineUrl: HttpUrlSchema.nullable().optional(),
    startsAt: EventFields.startsAt.optional(),
    endsAt: EventFields.endsAt.optional(),
    timeZone: TimeZoneSchema.optional(),
    capacity: EventFields.capacity.optional(),
    registrationOpen: z.boolean().optional(),
    requiresApproval: z.boolean().optional(),
    announcementReplies: z.boolean().optional(),
    sessionPlan: SessionPlanSchema.nullable().optional(),
  })
  .refine(endsAfterStart, { message: 'The end must be after the start', path: ['endsAt'] });

/** POST /api/events/:id/publish | /close — `{ version }`. */
export const EventTransitionSchema = z.strictObject({ version: z.number().int().min(0) });

/**
 * POST /api/events/:id/organisers — invite a co-organiser by email. The answer is the same whether
 * or not the email has an account; an organiser or admin account with that email is notified and
 * becomes an organiser only when it accepts (POST /api/events/:id/organisers/invitation/accept|decline).
 */
export const AddOrganiserSchema = z.strictObject({ email: z.email().max(254) });

/** GET /api/events */
export const EventsQuerySchema = z.strictObject({
  /** upcoming (published, not ended; default), past, mine (I organise or take part), drafts (mine). */
  /** invitations: events inviting me (to take part or to co-organise) that I have not answered. */
  scope: z.enum(['upcoming', 'past', 'mine', 'drafts', 'invitations']).default('upcoming'),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(EVENT_LIMITS.pageSizeMax).default(EVENT_LIMITS.pageSizeDefault),
});

// ---- participants ----

/**
 * pending/approved/rejected: the member joined (or accepted an invitation); invited: an organiser
 * invited them (no seat, not a participant until they accept); declined: they said no (never re-invited).
 */
export const PARTICIPANT_STATUSES = ['pending', 'approved', 'rejected', 'invited', 'declined'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
/** The statuses of members who joined or accepted: only these are participants. */
export const JOINED_STATUSES = ['pending', 'approved', 'rejected'] as const satisfies readonly ParticipantStatus[];
export type JoinedStatus = (typeof JOINED_STATUSES)[number];

/** One flag per round of the session plan (index 0 = round 1); omitted = available for all. */
export const RoundAvailabilitySchema = z.array(z.boolean()).max(EVENT_LIMITS.roundsMax);

/** POST /api/events/:id/join — as the member's profile. 409 `conflict` reasons: registration_closed, full, profile_required. */
export const JoinEventSchema = z.strictObject({ availability: RoundAvailabilitySchema.optional() });
/** PUT /api/events/:id/me/availability */
export const EventAvailabilitySchema = z.strictObject({ availability: RoundAvailabilitySchema });

/**
 * POST /api/events/:id/participants/import (organisers): CSV text with a header row holding `email`
 * and/or `profileId` columns (UTF-8, optional BOM, comma or semicolon). Each row naming a member with
 * a profile invites them (notified; they accept or decline). The report never says which rows named
 * an account.
 */
export const ImportParticipantsSchema = z.strictObject({
  csv: z.string().min(1).max(EVENT_LIMITS.csvImportMaxBytes),
});

/** Only statuses of members who joined: open and declined invitations are listed to no one. */
export const ParticipantsQuerySchema = z.strictObject({
  status: z.enum(JOINED_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(EVENT_LIMITS.pageSizeMax).default(50),
});

// ---- curation ----

export const PAIR_STATUSES = ['suggested', 'approved', 'rejected', 'introduced'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/** `startup-creator` style: the two kinds sorted alphabetically and joined by a dash. */
export const KindPairSchema = z.enum([
  'creator-startup',
  'corporate-startup',
  'corporate-creator',
  'startup-startup',
  'creator-creator',
  'corporate-corporate',
]);
export type KindPair = z.infer<typeof KindPairSchema>;

/** GET /api/events/:id/pairs (organisers): suggested pairs merged with the organiser's decisions. */
export const PairsQuerySchema = z.strictObject({
  status: csvList(z.enum(PAIR_STATUSES), 100).optional(),
  kinds: csvList(KindPairSchema, 200).optional(),
  /** Matches either side's name or headline. */
  q: z.string().trim().max(100).optional(),
  pinned: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(EVENT_LIMITS.pairsPageMax).default(50),
  cursor: z.string().max(200).optional(),
  /** The language of the reasons (default: the viewer's). */
  lang: LanguageSchema.optional(),
});

/**
 * A pair is named by its key: the two profile ids sorted and joined by a dash
 * (`<smaller>-<larger>`), so the same two people are always the same pair.
 */
export const PairKeySchema = z.string().regex(/^[0-9a-f]{24}-[0-9a-f]{24}$/, { message: 'Not a pair key' });
export const pairKeyOfProfiles = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** POST /api/events/:id/pairs — a manual pair (approved at once). */
export const ManualPairSchema = z
  .strictObject({ a: ObjectIdSchema, b: ObjectIdSchema })
  .refine((p) => p.a !== p.b, { message: 'A pair needs two different profiles' });
/** POST /api/events/:id/pairs/:pairKey/decision */
export const PairDecisionSchema = z.strictObject({
  action: z.enum(['approve', 'reject', 'reset', 'pin', 'unpin']),
});
/** POST /api/events/:id/pairs/bulk-approve — the best `top` suggested pairs (optionally of some kind pairs). */
export const BulkApproveSchema = z.strictObject({
  top: z.number().int().min(1).max(EVENT_LIMITS.bulkApproveMax),
  kinds: z.array(KindPairSchema).max(6).optional(),
});
/**
 * POST /api/events/:id/pairs/:pairKey/introduce — an approved pair: both get a notification and a
 * group conversation (the organiser and the two) opens with this message. GET
 * /api/events/:id/pairs/:pairKey/introduction → the default text (ja/en template filled in).
 */
export const IntroduceSchema = z.strictObject({
  message: multilineText(EVENT_LIMITS.introMessageMax).min(1),
});
/** GET /api/events/:id/pairs/:pairKey/introduction?lang= (default: the viewer's language). */
export const IntroductionQuerySchema = z.strictObject({ lang: LanguageSchema.optional() });

/** POST /api/events/:id/pairs/bulk-approve → how many were approved, and which. */
export interface BulkApproveResultDto {
  approved: number;
  keys: string[];
}

// ---- schedule ----

/** POST /api/events/:id/schedule/generate — a new draft schedule from approved pairs (+ suggestions). */
export const GenerateScheduleSchema = z.strictObject({
  fillWithSuggestions: z.boolean().default(true),
  /** Keep the organiser's locked meetings of the current draft (default true). */
  keepLocked: z.boolean().default(true),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
/** PATCH /api/events/:id/schedule/meetings/:meetingKey — move and/or lock one scheduled meeting. */
export const UpdateScheduledMeetingSchema = z.strictObject({
  round: z.number().int().min(1).max(EVENT_LIMITS.roundsMax).optional(),
  table: z.number().int().min(1).max(EVENT_LIMITS.tablesMax).optional(),
  locked: z.boolean().optional(),
});
/** POST /api/events/:id/schedule/meetings — add one by hand (validated against every constraint). */
export const AddScheduledMeetingSchema = z.strictObject({
  a: ObjectIdSchema,
  b: ObjectIdSchema,
  round: z.number().int().min(1).max(EVENT_LIMITS.roundsMax),
  table: z.number().int().min(1).max(EVENT_LIMITS.tablesMax),
  locked: z.boolean().default(true),
});

// ---- DTOs ----

export interface EventOrganiserDto {
  userId: string;
  displayName: string;
  profileId: string | null;
  owner: boolean;
}

export interface RoundDto {
  round: number;
  start: string;
  end: string;
}

export interface EventDto {
  id: string;
  status: EventStatus;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  venue: LocalizedText;
  online: boolean;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: number;
  registrationOpen: boolean;
  requiresApproval: boolean;
  announcementReplies: boolean;
  sessionPlan: (SessionPlanInput & { roundTimes: RoundDto[] }) | null;
  organisers: EventOrganiserDto[];
  /** Organisers only: co-organiser invitations not accepted yet, by the email the organiser typed. */
  organiserInvitations: Array<{ email: string; createdAt: string }>;
  /** Approved participants. */
  participantCount: number;
  /** The viewer's relation to the event. */
  viewer: {
    isOrganiser: boolean;
    participantStatus: ParticipantStatus | null;
    /** Who invited the viewer to take part, while the invitation is open (status `invited`). */
    invitedBy: string | null;
    /** An open invitation to co-organise the event (who sent it), if any. */
    organiserInvitation: { invitedBy: string } | null;
    availability: boolean[] | null;
    /** The announcement channel's conversation id (organisers and approved participants). */
    channelConversationId: string | null;
  };
  /** True once a schedule was published. */
  schedulePublished: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EventPageDto {
  items: EventDto[];
  nextCursor: string | null;
}

/** A member who joined or accepted (open and declined invitations are never listed). */
export interface ParticipantDto {
  profile: ProfileDto;
  status: JoinedStatus;
  availability: boolean[] | null;
  joinedAt: string;
  /** How they came in. */
  source: 'joined' | 'imported' | 'added';
}

export interface ParticipantPageDto {
  items: ParticipantDto[];
  nextCursor: string | null;
  counts: Record<JoinedStatus, number>;
}

/**
 * What an import did, without saying which rows named an account: `invited` counts every valid,
 * non-duplicate row (members among them with a profile are invited, unless they declined before or
 * are in already); only malformed and repeated rows are listed.
 */
export interface ImportResultDto {
  invited: number;
  skipped: Array<{ line: number; value: string; reason: 'invalid' | 'duplicate' }>;
}

/**
 * POST /api/events/:id/participants/import answers 202 with this; GET
 * /api/events/:id/participants/import/:jobId follows it: rows are admitted in batches in the
 * background, `result` grows as they are, and is the full report once `status` is `done`.
 */
export interface ImportJobDto {
  id: string;
  /** `failed` also when the process running it stopped (error `interrupted`); `result` is then partial. */
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  result: ImportResultDto;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface PairDto {
  key: string;
  a: ProfileDto;
  b: ProfileDto;
  kinds: KindPair;
  /** The engine's raw score × 100 (for organisers); null for a manual pair the engine would not score. */
  score: number | null;
  /** The same match as members read it on their suggestions; null when `score` is. */
  strength: MatchStrengthDto | null;
  /** Why, from a's side (labelled in the requested language). */
  reasons: ReasonDto[];
  status: PairStatus;
  pinned: boolean;
  manual: boolean;
  introducedAt: string | null;
  conversationId: string | null;
}

/**
 * What holds a pair's score down, for the event's organisers only
 * (GET /api/events/:id/pairs/:pairKey/why-not-higher), strongest first:
 * - `not-paired`: the engine does not pair these kinds at all;
 * - `no-complementarity`: neither offers what the other seeks;
 * - `one-sided`: only `profileId`'s needs are met by the other;
 * - `common-categories`: their needs meet only in `categories` that many members share, which count little;
 * - `no-shared-tags`: they share no tag;
 * - `different-languages`: one writes only in Japanese, the other only in English, and few words are bridged;
 * - `short-profile`: `profileId`'s profile has little text to match on.
 */
export const SCORE_LIMIT_CODES = [
  'not-paired',
  'no-complementarity',
  'one-sided',
  'common-categories',
  'no-shared-tags',
  'different-languages',
  'short-profile',
] as const;
export type ScoreLimitCode = (typeof SCORE_LIMIT_CODES)[number];

export interface ScoreLimitDto {
  code: ScoreLimitCode;
  profileId?: string;
  categories?: NeedCategory[];
}

export interface WhyNotHigherDto {
  pairKey: string;
  limits: ScoreLimitDto[];
}

export interface PairPageDto {
  items: PairDto[];
  nextCursor: string | null;
  counts: Record<PairStatus, number>;
}

export interface ScheduledMeetingDto {
  /** `<round>-<table>`: stable while the meeting stays in that cell. */
  key: string;
  round: number;
  table: number;
  start: string;
  end: string;
  a: { profileId: string; name: string; kind: ProfileKind };
  b: { profileId: string; name: string; kind: ProfileKind };
  score: number | null;
  approved: boolean;
  locked: boolean;
  /** The meeting created on publish. */
  meetingId: string | null;
}

export interface ScheduleDto {
  status: 'none' | 'draft' | 'published';
  meetings: ScheduledMeetingDto[];
  rounds: RoundDto[];
  tables: number;
  /** The optimiser's figures for the last generation (null for a hand-made schedule). */
  stats: {
    objective: number;
    greedyObjective: number;
    upperBound: number;
    totalScore: number;
    greedyTotalScore: number;
    approvedPlaced: number;
    approvedPairs: number;
    unplacedApproved: Array<{ key: string; reason: string }>;
    ms: number;
  } | null;
  /** Constraint violations of the current draft (after manual moves); publishing needs none. */
  violations: string[];
  generatedAt: string | null;
  publishedAt: string | null;
}

/**
 * GET /api/events/:id/schedule/job — the event's latest schedule generation. One runs per event at a
 * time (a second generate answers 409 `busy`); the organiser's page polls this while it runs.
 */
export interface ScheduleJobDto {
  id: string;
  /** `failed` also when the process running it stopped (no news for a while). */
  status: 'running' | 'done' | 'failed';
  /** pairs: building candidate pairs; queued: waiting for a worker thread; bound, optimise: the optimiser. */
  phase: 'pairs' | 'queued' | 'bound' | 'optimise' | 'saving' | null;
  /** 0–1: the share of the optimiser's time budget (or iteration cap) used so far. */
  progress: number;
  elapsedMs: number;
  budgetMs: number;
  startedAt: string;
  finishedAt: string | null;
  /** Why it failed (an error code, or `interrupted`). */
  error: string | null;
}

/** GET /api/events/:id/agenda?profileId= (organisers may name any participant). */
export const AgendaQuerySchema = z.strictObject({ profileId: ObjectIdSchema.optional() });

/** GET /api/events/:id/agenda — the viewer's own meetings at the event, with table numbers. */
export interface AgendaItemDto {
  round: number;
  table: number;
  start: string;
  end: string;
  /** null when the viewer may not see the partner's profile (hidden): a meeting with an unnamed partner. */
  partner: ProfileDto | null;
  meetingId: string | null;
}

export interface EventDashboardDto {
  participants: {
    total: number;
    /** Members who joined or accepted (open invitations are not counted: they may name hidden profiles). */
    byStatus: Record<JoinedStatus, number>;
    byKind: Record<ProfileKind, number>;
    byArea: Record<string, number>;
  };
  pairs: { suggested: number; approved: number; rejected: number; introduced: number };
  meetings: { scheduled: number; accepted: number; held: number; noShow: number; cancelled: number };
  /** Meeting requests linked to this event: accepted ÷ answered (null when none answered). */
  requestAcceptanceRate: number | null;
}
