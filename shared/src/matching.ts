import { z } from 'zod';
import { LanguageSchema } from './auth';
import { csvList } from './common';
import { LocationAreaSchema, ProfileKindSchema, SpokenLanguageSchema, type ProfileCardDto } from './profiles';

const csv = <T extends z.ZodType<unknown, string>>(item: T) => csvList(item, 500);

export const MATCHING_LIMITS = { pageSizeDefault: 10, pageSizeMax: 50 } as const;

/** GET /api/matches/suggestions */
export const SuggestionsQuerySchema = z.strictObject({
  kind: csv(ProfileKindSchema).optional(),
  area: csv(LocationAreaSchema).optional(),
  language: csv(SpokenLanguageSchema).optional(),
  /** Language of the reasons (default: the account's language). */
  lang: LanguageSchema.optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(MATCHING_LIMITS.pageSizeMax).default(MATCHING_LIMITS.pageSizeDefault),
});
export type SuggestionsQuery = z.output<typeof SuggestionsQuerySchema>;

export const FEEDBACK_ACTIONS = ['save', 'dismiss', 'not-now'] as const;
export const FeedbackSchema = z.strictObject({ action: z.enum(FEEDBACK_ACTIONS) });
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** How long "not now" hides a suggestion. */
export const NOT_NOW_DAYS = 14;

export const SavedQuerySchema = z.strictObject({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(MATCHING_LIMITS.pageSizeMax).default(20),
});

export type ReasonKind = 'they-offer-you-seek' | 'you-offer-they-seek' | 'shared-interest';

export interface ReasonDto {
  type: ReasonKind;
  /** Readable sentence in the requested language. */
  text: string;
  /** The tag, category or word behind it, labelled in the requested language. */
  label: string;
  tagId?: string;
  category?: string;
}

/** How a match reads to people, best first: "strong match", "good match", "worth a look". */
export const MATCH_STRENGTHS = ['strong', 'good', 'fair'] as const;
export type MatchStrength = (typeof MATCH_STRENGTHS)[number];

/**
 * A match's strength, calibrated on the demo database (README, "Matching"): the level in words and
 * a 0–100 `percent` for a bar, where the typical best partner reads about 85 and a random pair
 * about 20. Computed in one backend place (`matchStrength`) for every screen.
 */
export interface MatchStrengthDto {
  level: MatchStrength;
  percent: number;
}

export interface SuggestionDto {
  profile: ProfileCardDto;
  /** The engine's raw score × 100, rounded (best partners are often 5–20): show `strength` instead. */
  score: number;
  strength: MatchStrengthDto;
  reasons: ReasonDto[];
  saved: boolean;
}

export interface SuggestionPageDto {
  items: SuggestionDto[];
  nextCursor: string | null;
}

export interface SavedPageDto {
  items: ProfileCardDto[];
  nextCursor: string | null;
}
