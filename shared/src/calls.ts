import { z } from 'zod';
import { multilineText } from './text';
import { TimeZoneSchema } from './auth';
import { csvList } from './common';
import type { MatchStrengthDto, ReasonDto } from './matching';
import {
  HttpUrlSchema,
  LocationAreaSchema,
  ProfileKindSchema,
  ProfileTagInputSchema,
  localizedText,
  type LocalizedText,
  type LocationArea,
  type ProfileCardDto,
  type ProfileDto,
  type ProfileKind,
  type TagRefDto,
} from './profiles';

/**
 * Open calls: a corporate, an organiser or an admin posts a PoC / demonstration-experiment (実証実験)
 * or co-creation opportunity; the matching engine ranks which startups and creators fit (the call's
 * text is the "seeks" side); members apply with a pitch; the poster reviews applications.
 */
export const CALL_LIMITS = {
  titleMax: 120,
  challengeMax: 8000,
  tagsMax: 20,
  pitchMax: 3000,
  linksMax: 5,
  notesMax: 5000,
  inviteMessageMax: 1000,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  candidatesMax: 50,
} as const;

/** What the poster offers the partner. */
export const CALL_OFFERS = [
  'field-venue',
  'data',
  'funding',
  'mentoring',
  'regulatory-sandbox',
  'customer-pilot',
] as const;
export const CallOfferSchema = z.enum(CALL_OFFERS);
export type CallOffer = (typeof CALL_OFFERS)[number];

export const CALL_STATUSES = ['draft', 'open', 'closed', 'awarded'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * The deadline as the poster means it: a wall-clock date and time in the call's time zone (default
 * 23:59). The server turns it into an instant; applications are refused from that instant on.
 */
export const CallDeadlineSchema = z.strictObject({
  date: z.iso.date(),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use HH:MM' })
    .default('23:59'),
});

const CallFields = {
  title: localizedText(CALL_LIMITS.titleMax, true, 'single'),
  challenge: localizedText(CALL_LIMITS.challengeMax),
  tags: z.array(ProfileTagInputSchema).max(CALL_LIMITS.tagsMax).default([]),
  offers: z.array(CallOfferSchema).max(CALL_OFFERS.length).default([]),
  /** Who may apply; empty = any kind / any area. */
  eligibleKinds: z.array(ProfileKindSchema).max(3).default([]),
  eligibleAreas: z.array(LocationAreaSchema).max(4).default([]),
  deadline: CallDeadlineSchema,
  timeZone: TimeZoneSchema,
};

/** POST /api/calls (corporate-profile members, organisers, admins) → 201 CallDto, as a draft. */
export const CreateCallSchema = z.strictObject(CallFields);
export type CreateCallInput = z.output<typeof CreateCallSchema>;

/** PATCH /api/calls/:id (poster) — any subset, with the version seen (409 `conflict` reason 'stale'). */
export const UpdateCallSchema = z.strictObject({
  version: z.number().int().min(0),
  title: CallFields.title.optional(),
  challenge: CallFields.challenge.optional(),
  tags: z.array(ProfileTagInputSchema).max(CALL_LIMITS.tagsMax).optional(),
  offers: z.array(CallOfferSchema).max(CALL_OFFERS.length).optional(),
  eligibleKinds: z.array(ProfileKindSchema).max(3).optional(),
  eligibleAreas: z.array(LocationAreaSchema).max(4).optional(),
  deadline: CallDeadlineSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
});

/** POST /api/calls/:id/status — draft → open → closed → awarded (open ↔ closed allowed). */
export const CallStatusSchema = z.strictObject({
  version: z.number().int().min(0),
  status: z.enum(CALL_STATUSES),
});

/** GET /api/calls — open calls by default; `mine` = the viewer's own (any status). */
export const CallsQuerySchema = z.strictObject({
  scope: z.enum(['open', 'mine', 'all']).default('open'),
  q: z.string().trim().max(100).optional(),
  tag: csvList(ProfileTagInputSchema, 500).optional(),
  offers: csvList(CallOfferSchema, 200).optional(),
  kind: csvList(ProfileKindSchema, 100).optional(),
  area: csvList(LocationAreaSchema, 100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(CALL_LIMITS.pageSizeMax).default(CALL_LIMITS.pageSizeDefault),
});

/** GET /api/calls/:id/candidates (poster) — ranked startups and creators that fit, with reasons. */
export const CandidatesQuerySchema = z.strictObject({
  kind: csvList(ProfileKindSchema, 100).optional(),
  area: csvList(LocationAreaSchema, 100).optional(),
  limit: z.coerce.number().int().min(1).max(CALL_LIMITS.candidatesMax).default(20),
  cursor: z.string().max(200).optional(),
});

/** POST /api/calls/:id/invitations — invite a candidate to apply (a notification). */
export const InviteSchema = z.strictObject({
  profileId: z.string().regex(/^[0-9a-f]{24}$/),
  message: multilineText(CALL_LIMITS.inviteMessageMax).default(''),
});

/** POST /api/calls/:id/applications — one per call per profile; refused after the deadline. */
export const ApplySchema = z.strictObject({
  pitch: localizedText(CALL_LIMITS.pitchMax),
  links: z.array(HttpUrlSchema).max(CALL_LIMITS.linksMax).default([]),
});

export const APPLICATION_STATUSES = ['new', 'shortlisted', 'accepted', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** PATCH /api/calls/:id/applications/:applicationId (poster): review. */
export const ReviewApplicationSchema = z.strictObject({
  version: z.number().int().min(0),
  status: z.enum(['new', 'shortlisted', 'accepted', 'declined']).optional(),
  /** Private to the poster (and admins). */
  notes: multilineText(CALL_LIMITS.notesMax).optional(),
});

/** POST /api/calls/:id/applications/:applicationId/withdraw (applicant) — with the version seen. */
export const WithdrawApplicationSchema = z.strictObject({
  version: z.number().int().min(0),
});

export const ApplicationsQuerySchema = z.strictObject({
  status: csvList(z.enum(APPLICATION_STATUSES), 100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(CALL_LIMITS.pageSizeMax).default(50),
});

// ---- DTOs ----

export interface CallDto {
  id: string;
  status: CallStatus;
  version: number;
  title: LocalizedText;
  challenge: LocalizedText;
  tags: TagRefDto[];
  offers: CallOffer[];
  eligibleKinds: ProfileKind[];
  eligibleAreas: LocationArea[];
  deadline: { date: string; time: string };
  timeZone: string;
  /** The deadline as an instant (UTC). */
  deadlineAt: string;
  /** The poster's profile (a corporate) or, for organisers/admins without one, null with the name. */
  poster: { userId: string; displayName: string; profile: ProfileDto | null };
  applicationCount: number;
  viewer: {
    isPoster: boolean;
    /** The viewer's own application, if any. */
    applicationId: string | null;
    applicationStatus: ApplicationStatus | null;
    /** Whether the viewer can apply now (open, before the deadline, eligible, has a profile, not yet applied). */
    canApply: boolean;
    /** Why not, when they cannot: closed | deadline_passed | not_eligible | profile_required | already_applied | own_call. */
    cannotApplyReason: string | null;
  };
  createdAt: string;
  updatedAt: string;
}

export interface CallPageDto {
  items: CallDto[];
  nextCursor: string | null;
}

/** A call that fits the viewer ("Open calls for you"), with why. GET /api/calls/for-me */
export interface CallSuggestionDto {
  call: CallDto;
  /** The engine's raw score × 100 (see SuggestionDto); people see `strength`. */
  score: number;
  strength: MatchStrengthDto;
  reasons: ReasonDto[];
}

/** A ranked candidate for a call (poster's view). */
export interface CallCandidateDto {
  profile: ProfileCardDto;
  /** The engine's raw score × 100 (see SuggestionDto); people see `strength`. */
  score: number;
  strength: MatchStrengthDto;
  reasons: ReasonDto[];
  invited: boolean;
  applied: boolean;
}

export interface CallCandidatePageDto {
  items: CallCandidateDto[];
  nextCursor: string | null;
}

/** 201 answer to POST /api/calls/:id/invitations. */
export interface CallInvitationDto {
  callId: string;
  profileId: string;
  createdAt: string;
}

export interface ApplicationDto {
  id: string;
  callId: string;
  version: number;
  applicant: ProfileDto;
  applicantUserId: string;
  pitch: LocalizedText;
  links: string[];
  status: ApplicationStatus;
  /** Poster and admins only; null for the applicant. */
  notes: string | null;
  /** The engine's raw score × 100 of the applicant against the call (poster's view only). */
  score: number | null;
  /** The same fit as people read it (poster's view only). */
  strength: MatchStrengthDto | null;
  createdAt: string;
  updatedAt: string;
  statusChangedAt: string;
}

export interface ApplicationPageDto {
  items: ApplicationDto[];
  nextCursor: string | null;
  counts: Record<ApplicationStatus, number>;
}

/** GET /api/me/applications — the viewer's own applications with their calls. */
export interface MyApplicationDto {
  application: ApplicationDto;
  call: CallDto;
}

// ---- Parsed input types (additive: the backend's service signatures) ----

export type UpdateCallInput = z.output<typeof UpdateCallSchema>;
export type CallStatusInput = z.output<typeof CallStatusSchema>;
export type CallsQuery = z.output<typeof CallsQuerySchema>;
export type CandidatesQuery = z.output<typeof CandidatesQuerySchema>;
export type InviteInput = z.output<typeof InviteSchema>;
export type ApplyInput = z.output<typeof ApplySchema>;
export type ReviewApplicationInput = z.output<typeof ReviewApplicationSchema>;
export type ApplicationsQuery = z.output<typeof ApplicationsQuerySchema>;
export type WithdrawApplicationInput = z.output<typeof WithdrawApplicationSchema>;
