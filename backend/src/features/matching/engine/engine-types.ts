import type { LocationArea, ProfileKind } from '@musubi/shared';

/** What the engine needs of a profile; the service layer maps stored profiles to this. */
export interface EngineProfile {
  id: string;
  kind: ProfileKind;
  /** Canonical tag ids from the shared vocabulary (`ai`, `smart-city`) or `free:<text>`. */
  tags: string[];
  /**
   * The labels of its free tags as typed ("cold chain", 「コールドチェーン」): their words count beside
   * the tag ids in the tags field, so a free tag meets the same words in the other language (bridge).
   */
  freeTagLabels?: string[];
  /** Category ids from NEED_CATEGORIES with free text. */
  offers: { category: string; text: string }[];
  seeks: { category: string; text: string }[];
  description: { ja?: string; en?: string };
  headline: { ja?: string; en?: string };
  area: LocationArea;
  languages: string[];
  /** Hidden profiles are indexed (they may still ask for suggestions) but never suggested or found. */
  hidden?: boolean;
}

/** The tokenised text fields of a profile, in the order they are weighted. */
export const TOKEN_FIELDS = [
  'tags',
  'offerCategories',
  'offerText',
  'seekCategories',
  'seekText',
  'headline',
  'description',
] as const;
export type TokenField = (typeof TOKEN_FIELDS)[number];

/**
 * A profile after tokenisation: plain JSON, stored beside the profile so an index rebuild never
 * re-tokenises. Tags are `tag:<id>` terms and categories `cat:<id>` terms.
 */
export interface ProfileTokens {
  /** TOKENIZER_VERSION the terms were made with. */
  v: number;
  id: string;
  kind: ProfileKind;
  area: LocationArea;
  languages: string[];
  hidden: boolean;
  fields: Record<TokenField, string[]>;
  /**
   * The shortest word behind each English term, as flat pairs [term, word, term, word, …]
   * (`engin`, `engineer`), so reasons can show words rather than stems.
   */
  surfaces: string[];
}

/** Index spaces: every profile has one vector per space. */
export const OFFERS = 0;
export const SEEKS = 1;
export const INTERESTS = 2;
export const SPACE_COUNT = 3;

/** Which fields feed which space, with the field-weight key used for each. */
export const SPACE_FIELDS: readonly (readonly [TokenField, keyof FieldWeights][])[] = [
  [
    ['offerCategories', 'category'],
    ['offerText', 'needText'],
  ],
  [
    ['seekCategories', 'category'],
    ['seekText', 'needText'],
  ],
  [
    ['tags', 'tags'],
    ['headline', 'headline'],
    ['description', 'description'],
  ],
];

/** Multipliers of the sublinear term frequency per field: tags > needs > headline/description. */
export interface FieldWeights {
  tags: number;
  category: number;
  needText: number;
  headline: number;
  description: number;
}

export const KIND_CODES: Readonly<Record<ProfileKind, number>> = { startup: 0, creator: 1, corporate: 2 };
export const KIND_COUNT = 3;
export const AREA_CODES: Readonly<Record<LocationArea, number>> = {
  yokohama: 0,
  shibuya: 1,
  'japan-other': 2,
  overseas: 3,
};
export const AREA_COUNT = 4;

export const TAG_PREFIX = 'tag:';
export const CATEGORY_PREFIX = 'cat:';
