import { z } from 'zod';
import { lineText, multilineText } from './text';
import { csvList } from './common';
import { LanguageSchema } from './auth';
import { FREE_TAG_MAX_LENGTH, TAG_ID_MAX_LENGTH, resolveTag, type TagCategory } from './tags';

export const PROFILE_KINDS = ['startup', 'creator', 'corporate'] as const;
export const ProfileKindSchema = z.enum(PROFILE_KINDS);
export type ProfileKind = z.infer<typeof ProfileKindSchema>;

/** What a profile offers or seeks; labels in both languages for chips and filters. */
export const NEED_CATEGORIES = {
  funding: { ja: '資金調達・出資', en: 'Funding' },
  'poc-partner': { ja: '実証実験（PoC）パートナー', en: 'PoC partner' },
  design: { ja: 'デザイン', en: 'Design' },
  engineering: { ja: 'エンジニアリング・開発', en: 'Engineering' },
  content: { ja: 'コンテンツ制作', en: 'Content' },
  'space-venue': { ja: 'スペース・会場', en: 'Space / venue' },
  'sales-channel': { ja: '販路・営業チャネル', en: 'Sales channel' },
  mentoring: { ja: 'メンタリング', en: 'Mentoring' },
  talent: { ja: '人材・採用', en: 'Talent' },
  'co-creation': { ja: '共創', en: 'Co-creation' },
  'overseas-expansion': { ja: '海外展開', en: 'Overseas expansion' },
  data: { ja: 'データ提供', en: 'Data' },
  research: { ja: '研究・技術協力', en: 'Research' },
  marketing: { ja: 'マーケティング・PR', en: 'Marketing / PR' },
  'regulatory-support': { ja: '規制・行政連携', en: 'Regulatory support' },
} as const satisfies Record<string, { ja: string; en: string }>;
export type NeedCategory = keyof typeof NEED_CATEGORIES;
export const NEED_CATEGORY_IDS = Object.keys(NEED_CATEGORIES) as [NeedCategory, ...NeedCategory[]];
export const NeedCategorySchema = z.enum(NEED_CATEGORY_IDS);

export const LOCATION_AREAS = ['yokohama', 'shibuya', 'japan-other', 'overseas'] as const;
export const LocationAreaSchema = z.enum(LOCATION_AREAS);
export type LocationArea = z.infer<typeof LocationAreaSchema>;

export const VISIBILITIES = ['public', 'members', 'hidden'] as const;
export const VisibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const STARTUP_STAGES = ['idea', 'pre-seed', 'seed', 'series-a', 'series-b', 'growth'] as const;
export const COMPANY_SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

/** Spoken languages as ISO 639-1 codes. */
export const SPOKEN_LANGUAGES = [
  'ja',
  'en',
  'zh',
  'ko',
  'fr',
  'de',
  'es',
  'pt',
  'vi',
  'th',
  'id',
  'hi',
  'it',
  'ar',
  'ru',
] as const;
export const SpokenLanguageSchema = z.enum(SPOKEN_LANGUAGES);
export type SpokenLanguage = z.infer<typeof SpokenLanguageSchema>;

export const PROFILE_LIMITS = {
  nameMax: 80,
  headlineMax: 140,
  descriptionMax: 4000,
  tagsMax: 20,
  needsMax: 8,
  needTextMax: 200,
  linksMax: 10,
  urlMax: 500,
  avatarMaxBytes: 1024 * 1024,
  pageSizeMax: 50,
  pageSizeDefault: 20,
  draftMaxChars: 20000,
  tagSuggestionsMax: 30,
} as const;

/**
 * Text in Japanese and/or English: at least one language must be filled in. `lines: 'single'` for
 * names and titles (no line breaks or bidi overrides), `'multi'` for descriptions.
 */
export const localizedText = (max: number, required = true, lines: 'single' | 'multi' = 'multi') => {
  const text = lines === 'single' ? lineText : multilineText;
  const base = z.strictObject({ ja: text(max).optional(), en: text(max).optional() });
  return required ? base.refine((t) => !!(t.ja || t.en), { message: 'Fill in Japanese or English (or both)' }) : base;
};
export type LocalizedText = { ja?: string; en?: string };

export const HttpUrlSchema = z
  .string()
  .trim()
  .max(PROFILE_LIMITS.urlMax)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }));

export const NeedSchema = z.strictObject({
  category: NeedCategorySchema,
  text: multilineText(PROFILE_LIMITS.needTextMax).default(''),
});
export type Need = z.infer<typeof NeedSchema>;

export const LocationSchema = z
  .strictObject({
    area: LocationAreaSchema,
    city: lineText(80).optional(),
    /** ISO 3166-1 alpha-2, required for overseas. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .refine((l) => l.area !== 'overseas' || !!l.country, {
    message: 'Overseas locations need a country',
    path: ['country'],
  });

export const LinkSchema = z.strictObject({ label: lineText(60).min(1), url: HttpUrlSchema });

export const ContactSchema = z.strictObject({
  email: z.email().max(254).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/)
    .optional(),
});

/**
 * A tag as typed or picked: a vocabulary id, label or synonym (ja/en), or free text. The server
 * resolves it with `resolveTag` and stores the canonical id or `free:<normalised text>`.
 */
export const ProfileTagInputSchema = lineText(TAG_ID_MAX_LENGTH)
  .min(1)
  .refine((t) => resolveTag(t) !== null, { message: `Tags are at most ${FREE_TAG_MAX_LENGTH} characters of text` });

export const StartupDetailsSchema = z.strictObject({
  stage: z.enum(STARTUP_STAGES),
  foundedYear: z.number().int().min(1900).max(2100).optional(),
  teamSize: z.number().int().min(1).max(100000).optional(),
});
export const CreatorDetailsSchema = z.strictObject({
  disciplines: z.array(lineText(60).min(1)).max(10).default([]),
  portfolioLinks: z.array(HttpUrlSchema).max(10).default([]),
});
export const CorporateDetailsSchema = z.strictObject({
  industry: lineText(80).min(1),
  size: z.enum(COMPANY_SIZES),
  programmes: z
    .array(z.strictObject({ name: lineText(100).min(1), description: multilineText(500).default('') }))
    .max(10)
    .default([]),
});

const commonProfileFields = {
  name: localizedText(PROFILE_LIMITS.nameMax, true, 'single'),
  headline: localizedText(PROFILE_LIMITS.headlineMax, true, 'single'),
  description: localizedText(PROFILE_LIMITS.descriptionMax),
  tags: z.array(ProfileTagInputSchema).max(PROFILE_LIMITS.tagsMax).default([]),
  offers: z.array(NeedSchema).max(PROFILE_LIMITS.needsMax).default([]),
  seeks: z.array(NeedSchema).max(PROFILE_LIMITS.needsMax).default([]),
  location: LocationSchema,
  languages: z.array(SpokenLanguageSchema).min(1).max(SPOKEN_LANGUAGES.length),
  website: HttpUrlSchema.optional(),
  links: z.array(LinkSchema).max(PROFILE_LIMITS.linksMax).default([]),
  contact: ContactSchema.default({}),
  visibility: VisibilitySchema.default('members'),
  /**
   * The version the edit was based on (optimistic concurrency): omit it (or send 0) to create,
   * send the stored one to replace. Stored versions start at 1.
   */
  version: z.number().int().min(0).optional(),
};

/** PUT /api/profiles/me: the whole profile, one of the three kinds. */
export const UpsertProfileSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('startup'), ...commonProfileFields, startup: StartupDetailsSchema }),
  z.strictObject({ kind: z.literal('creator'), ...commonProfileFields, creator: CreatorDetailsSchema }),
  z.strictObject({ kind: z.literal('corporate'), ...commonProfileFields, corporate: CorporateDetailsSchema }),
]);
export type UpsertProfileInput = z.input<typeof UpsertProfileSchema>;
export type UpsertProfileData = z.output<typeof UpsertProfileSchema>;

const JSON_MAX_DEPTH = 12;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A key that is safe to store and never read as an operator or a path: no `$` start, no `.`, no NUL. */
export function isSafeJsonKey(key: string): boolean {
  return key.length > 0 && key.length <= 100 && !key.startsWith('$') && !/[.\0]/.test(key) && !UNSAFE_KEYS.has(key);
}

/**
 * Plain JSON only: strings, finite numbers, booleans, null, arrays and plain objects with safe
 * keys, nested at most `JSON_MAX_DEPTH` deep (checked before recursing, so no stack blow-up).
 */
export function isSafeJsonValue(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= JSON_MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    // Index by index: \`every\` skips the holes of a sparse array, and extra keys would not survive JSON.
    if (Object.keys(value).length !== value.length) return false;
    for (let i = 0; i < value.length; i++) if (!isSafeJsonValue(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  return Object.entries(value).every(([k, v]) => isSafeJsonKey(k) && isSafeJsonValue(v, depth + 1));
}

const SafeJsonRecordSchema = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && isSafeJsonValue(v),
  { message: 'Only plain JSON with ordinary keys (no $, no dots)' },
);

/** The onboarding wizard's saved progress: any plain JSON object, checked loosely, finished later. */
export const ProfileDraftSchema = z.strictObject({
  step: z.number().int().min(0).max(10),
  data: SafeJsonRecordSchema.refine((d) => JSON.stringify(d).length <= PROFILE_LIMITS.draftMaxChars, {
    message: 'Draft too large',
  }),
});
export type ProfileDraftInput = z.infer<typeof ProfileDraftSchema>;

export interface ProfileDraftDto {
  step: number;
  data: Record<string, unknown>;
  updatedAt: string;
}

const csv = csvList;

/**
 * GET /api/profiles query (all strings: the query parser is "simple"). Several values in one
 * filter (comma-separated) match any of them; different filters must all match.
 */
export const ListProfilesQuerySchema = z.strictObject({
  /** Free-text search; ranked by the matching feature, ignored while no ranker is registered. */
  q: z.string().trim().max(200).optional(),
  kind: csv(ProfileKindSchema).optional(),
  area: csv(LocationAreaSchema).optional(),
  language: csv(SpokenLanguageSchema).optional(),
  /** Tag ids, labels, synonyms or free text, each resolved through the ja/en vocabulary. */
  tags: csv(ProfileTagInputSchema).optional(),
  offers: csv(NeedCategorySchema).optional(),
  seeks: csv(NeedCategorySchema).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PROFILE_LIMITS.pageSizeMax).default(PROFILE_LIMITS.pageSizeDefault),
});
export type ListProfilesQuery = z.output<typeof ListProfilesQuerySchema>;

export interface TagRefDto {
  id: string;
  ja: string;
  en: string;
}

export interface ProfileDto {
  id: string;
  kind: ProfileKind;
  name: LocalizedText;
  headline: LocalizedText;
  description: LocalizedText;
  tags: TagRefDto[];
  offers: Need[];
  seeks: Need[];
  location: { area: LocationArea; city?: string; country?: string };
  languages: string[];
  website?: string;
  links: { label: string; url: string }[];
  startup?: z.output<typeof StartupDetailsSchema>;
  creator?: z.output<typeof CreatorDetailsSchema>;
  corporate?: z.output<typeof CorporateDetailsSchema>;
  /** Present only when the viewer may see it (owner, admin, accepted meeting or conversation). */
  contact?: { email?: string; phone?: string };
  visibility: Visibility;
  /** The uploaded picture, or a generated initials SVG when there is none. */
  avatarUrl: string;
  hasAvatar: boolean;
  isOwner: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Characters of a profile's description a card shows (per language), cut at a word or sentence end. */
export const CARD_EXCERPT_MAX = 160;

/**
 * A profile as a card in a list shows it (suggestions, saved profiles, call candidates): no
 * description beyond a short excerpt, no need texts, links or contact details; the profile page
 * loads the full `ProfileDto`.
 */
export interface ProfileCardDto {
  id: string;
  kind: ProfileKind;
  name: LocalizedText;
  headline: LocalizedText;
  /** The start of the description in each language it is written in, at most CARD_EXCERPT_MAX characters. */
  excerpt: LocalizedText;
  tags: TagRefDto[];
  /** The need categories it offers and seeks (each once, in the profile's order). */
  offerCategories: NeedCategory[];
  seekCategories: NeedCategory[];
  location: ProfileDto['location'];
  languages: string[];
  avatarUrl: string;
  hasAvatar: boolean;
  version: number;
}

export interface ProfilePageDto {
  items: ProfileDto[];
  nextCursor: string | null;
}

/** GET /api/tags: autocomplete over the ja/en tag vocabulary. */
export const TagSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(60).default(''),
  lang: LanguageSchema.default('ja'),
  limit: z.coerce.number().int().min(1).max(PROFILE_LIMITS.tagSuggestionsMax).default(10),
});
export type TagSearchQuery = z.output<typeof TagSearchQuerySchema>;

export interface TagSuggestionDto {
  id: string;
  /** In the requested language. */
  label: string;
  /** In the other language, shown beside it. */
  otherLabel: string;
  category: TagCategory;
}
