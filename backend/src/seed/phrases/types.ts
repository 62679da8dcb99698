import type { NeedCategory, ProfileKind } from '@musubi/shared';

/** A phrase in both languages; the English side may use the pronoun tokens {We} {we} {Our} {our}. */
export interface L {
  readonly ja: string;
  readonly en: string;
}

/** One thing a profile does: its headline, one pitch sentence, and the tags it implies. */
export interface Offering {
  readonly headline: L;
  readonly pitch: L;
  readonly tags: readonly string[];
}

export type DomainId =
  | 'ai'
  | 'xr'
  | 'mobility'
  | 'smart-city'
  | 'robotics'
  | 'port-logistics'
  | 'fintech'
  | 'healthcare'
  | 'food-tech'
  | 'sustainability'
  | 'tourism'
  | 'edtech'
  | 'music'
  | 'anime'
  | 'game'
  | 'media-art'
  | 'fashion'
  | 'architecture'
  | 'crafts'
  | 'photo-film'
  | 'design';

/** Everything the generator knows about one field of work. */
export interface DomainBank {
  readonly id: DomainId;
  /** ja / en noun ("ports and logistics") / en adjective ("logistics"). */
  readonly label: { readonly ja: string; readonly en: string; readonly adj: string };
  /** Relative weights when picking a domain for a startup or a creator (0: never). */
  readonly weight: { readonly startup: number; readonly creator: number };
  /** Canonical tag ids: the first is always used, the rest sometimes. */
  readonly coreTags: readonly string[];
  readonly extraTags: readonly string[];
  /** Suffixes for startup names ("Robotics" / 「ロボティクス」). */
  readonly nameSuffixes: readonly L[];
  readonly startup: readonly Offering[];
  readonly creator: readonly Offering[];
  /** Context sentences usable by any kind. */
  readonly context: readonly L[];
  /** What a solo creator calls themselves (en without article); index i matches creator[i]. */
  readonly creatorNouns: readonly L[];
  /** Creator disciplines; index i is the main one for creator[i]. */
  readonly disciplines: readonly L[];
  /** What creators in the field most naturally offer. */
  readonly creatorOffers: readonly NeedCategory[];
}

/** A corporate industry: name word, labels, and the domains it looks for partners in. */
export interface IndustryBank {
  readonly id: string;
  /** Goes into the company name: 「朝凪重工業」 / "Asanagi Heavy Industries". */
  readonly nameWord: L;
  /** CorporateDetails.industry. */
  readonly label: L;
  /** In a sentence: 「重工業メーカー」 / "heavy-industry manufacturer" (en without article). */
  readonly noun: L;
  /** What the company brings to a partnership: 「生産設備」 / "production facilities". */
  readonly asset: L;
  readonly domains: readonly DomainId[];
  readonly tags: readonly string[];
  readonly headline: L;
}

/** Phrases for one need category. */
export interface NeedBank {
  /** For "we can offer …" sentences. */
  readonly offerNoun: L;
  /** For "help with …" sentences. */
  readonly seekNoun: L;
  /** Need texts by kind ('any' when not kind-specific). */
  readonly offer: Partial<Record<ProfileKind | 'any', readonly L[]>>;
  readonly seek: Partial<Record<ProfileKind | 'any', readonly L[]>>;
}

/** Shorthand for a bilingual phrase. */
export const p = (ja: string, en: string): L => ({ ja, en });

/** Shorthand for an offering. */
export const o = (
  headlineJa: string,
  headlineEn: string,
  pitchJa: string,
  pitchEn: string,
  tags: string[],
): Offering => ({
  headline: { ja: headlineJa, en: headlineEn },
  pitch: { ja: pitchJa, en: pitchEn },
  tags,
});
