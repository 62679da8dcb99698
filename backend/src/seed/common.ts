import type {
  Language,
  Need,
  NeedCategory,
  ProfileKind,
  SpokenLanguage,
  UpsertProfileInput,
  Visibility,
} from '@musubi/shared';
import type { Rng } from './prng';
import { FOREIGN_NAMES, JP_FAMILY_NAMES, JP_GIVEN_NAMES } from './phrases/names';
import { JAPAN_ENTRY_SEEKS, NEEDS } from './phrases/needs';
import type { Place } from './phrases/places';
import type { L } from './phrases/types';
import { type ContentMode, pronouns, side } from './text';

/** Shared state of one generation run. */
export interface GenContext {
  readonly rng: Rng;
  /** English core names already taken (lower case), so no two profiles share a name. */
  readonly usedNames: Set<string>;
}

export interface Person {
  readonly name: L;
  /** Where the person is from (ISO alpha-2). */
  readonly origin: string;
}

/** Everything decided before the kind-specific part. */
export interface Base {
  readonly key: string;
  readonly kind: ProfileKind;
  readonly place: Place;
  readonly mode: ContentMode;
  /** The account's language, also used for single-language fields (need texts, details). */
  readonly language: Language;
  readonly person: Person;
  readonly visibility: Visibility;
}

export const REFERENCE_YEAR = 2026;

export function japanesePerson(rng: Rng): Person {
  const [familyJa, familyEn] = rng.pick(JP_FAMILY_NAMES);
  const [givenJa, givenEn] = rng.pick(JP_GIVEN_NAMES);
  return { name: { ja: `${familyJa} ${givenJa}`, en: `${givenEn} ${familyEn}` }, origin: 'JP' };
}

export function foreignPerson(rng: Rng, country?: string): Person {
  const origin = country && FOREIGN_NAMES[country] ? country : rng.pick(Object.keys(FOREIGN_NAMES));
  const [ja, en] = rng.pick(FOREIGN_NAMES[origin] ?? []);
  return { name: { ja, en }, origin };
}

/** Who is behind the profile: mostly locals; English-only profiles in Japan are foreign residents. */
export function pickPerson(rng: Rng, place: Place, mode: ContentMode): Person {
  if (place.area === 'overseas') return rng.chance(0.25) ? japanesePerson(rng) : foreignPerson(rng, place.country);
  if (mode === 'en') return foreignPerson(rng);
  return rng.chance(0.05) ? foreignPerson(rng) : japanesePerson(rng);
}

const EXTRA_LANGUAGES: readonly SpokenLanguage[] = ['zh', 'ko', 'fr', 'de', 'es', 'vi', 'it', 'pt', 'th', 'id'];
const ORIGIN_LANGUAGE: Readonly<Record<string, SpokenLanguage>> = { TW: 'zh', KR: 'ko', DE: 'de', FR: 'fr', IN: 'hi' };

/** Spoken languages consistent with where the profile is and who runs it. */
export function spokenLanguages(rng: Rng, base: Base): SpokenLanguage[] {
  const langs = new Set<SpokenLanguage>();
  const { place, mode, person } = base;
  if (mode !== 'en') langs.add('ja');
  if (mode !== 'ja' || rng.chance(0.25)) langs.add('en');
  const native = ORIGIN_LANGUAGE[person.origin];
  if (native) langs.add(native);
  if (person.origin === 'JP') langs.add('ja');
  if (place.area === 'overseas') {
    for (const l of place.localLanguages) if (rng.chance(0.7)) langs.add(l);
  } else if (mode === 'en' && rng.chance(0.5)) {
    langs.add('ja');
  } else if (mode === 'both' && rng.chance(0.2)) {
    langs.add(rng.pick(EXTRA_LANGUAGES));
  }
  return [...langs];
}

/**
 * Picks n distinct categories by weight and writes their texts in the account language: the
 * profile's `specific` text for a category when it has one, else a phrase from the bank.
 * Overseas profiles seeking overseas expansion are looking for a way into Japan.
 */
export function pickNeeds(
  ctx: GenContext,
  base: Base,
  direction: 'offer' | 'seek',
  weights: readonly (readonly [NeedCategory, number])[],
  n: number,
  solo = false,
  specific: Partial<Record<NeedCategory, L>> = {},
): { categories: NeedCategory[]; needs: Need[] } {
  const { rng } = ctx;
  const pool = [...weights];
  const categories: NeedCategory[] = [];
  while (categories.length < n && pool.length > 0) {
    const cat = rng.weighted(pool);
    categories.push(cat);
    pool.splice(
      pool.findIndex(([c]) => c === cat),
      1,
    );
  }
  const needs = categories.map((category) => {
    const bank = NEEDS[category][direction];
    const texts =
      direction === 'seek' && category === 'overseas-expansion' && base.place.area === 'overseas'
        ? JAPAN_ENTRY_SEEKS
        : (bank[base.kind] ?? bank.any ?? Object.values(bank).flat());
    // A need the profile's own field words (its product, who it works with) beats a stock phrase.
    const own = specific[category];
    const bankText = texts.length > 0 ? rng.pick(texts) : undefined;
    const chosen = own ?? bankText;
    const text = rng.chance(0.85) && chosen ? pronouns(side(chosen, base.language), solo) : '';
    return { category, text };
  });
  return { categories, needs };
}

/** Noun phrases for the categories, for "we can offer …" / "help with …" sentences. */
export function needNouns(categories: readonly NeedCategory[], direction: 'offer' | 'seek'): L[] {
  return categories.map((c) => (direction === 'offer' ? NEEDS[c].offerNoun : NEEDS[c].seekNoun));
}

/** Distinct tags, in order, at most `max`. */
export function collectTags(groups: readonly (readonly string[])[], max: number): string[] {
  const out: string[] = [];
  for (const group of groups) for (const tag of group) if (!out.includes(tag) && out.length < max) out.push(tag);
  return out;
}

/**
 * Draws names until one is free; `make` returns the display name and the English core used for
 * uniqueness. After many collisions a numeral keeps it unique (only for very large counts).
 */
export function uniqueName<T extends { core: string }>(
  ctx: GenContext,
  make: () => T,
  bump: (t: T, n: number) => T,
): T {
  for (let attempt = 0; attempt < 60; attempt++) {
    const candidate = make();
    const key = candidate.core.toLowerCase();
    if (!ctx.usedNames.has(key)) {
      ctx.usedNames.add(key);
      return candidate;
    }
  }
  const base = make();
  for (let n = 2; ; n++) {
    const candidate = bump(base, n);
    const key = candidate.core.toLowerCase();
    if (!ctx.usedNames.has(key)) {
      ctx.usedNames.add(key);
      return candidate;
    }
  }
}

/** A fictional phone number from the place's pattern (reserved or unassigned ranges). */
export function phoneNumber(rng: Rng, pattern: string): string {
  return pattern.replace(/X/g, () => String(rng.int(0, 9)));
}

/** Exact counts for each share (largest remainder), shuffled. */
export function quotaList<T>(rng: Rng, n: number, shares: readonly (readonly [T, number])[]): T[] {
  const total = shares.reduce((s, [, w]) => s + w, 0);
  const exact = shares.map(([item, w]) => ({ item, exact: (n * w) / total }));
  const counts = exact.map((e) => ({ item: e.item, count: Math.floor(e.exact), rest: e.exact - Math.floor(e.exact) }));
  let missing = n - counts.reduce((s, c) => s + c.count, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (missing <= 0) break;
    c.count += 1;
    missing -= 1;
  }
  return rng.shuffle(counts.flatMap((c) => Array.from({ length: c.count }, () => c.item)));
}

type Input<K extends ProfileKind> = Extract<UpsertProfileInput, { kind: K }>;

/** The kind-specific details, ready to spread into the profile. */
export type DetailsPart =
  | Pick<Input<'startup'>, 'kind' | 'startup'>
  | Pick<Input<'creator'>, 'kind' | 'creator'>
  | Pick<Input<'corporate'>, 'kind' | 'corporate'>;

/** What a kind builder contributes; the rest (location, languages, links…) is common. */
export interface KindPart {
  readonly name: L;
  /** English core name, for the example domain. */
  readonly slug: string;
  readonly headline: L;
  readonly description: L;
  readonly tags: string[];
  readonly offers: Need[];
  readonly seeks: Need[];
  readonly details: DetailsPart;
  /** Who signs in (a solo creator is their own profile). */
  readonly person: Person;
  /** Extra links typical for the kind: [label, path or absolute URL]. */
  readonly links: readonly (readonly [L, string])[];
}

/** Sometimes says where the profile is from: 「横浜発・…」 / "…, from Yokohama". */
export function localHeadline(rng: Rng, headline: L, place: Place): L {
  if (!rng.chance(0.2)) return headline;
  const where =
    place.area === 'yokohama'
      ? { ja: '横浜', en: 'Yokohama' }
      : place.area === 'shibuya'
        ? { ja: '渋谷', en: 'Shibuya' }
        : place.city;
  return { ja: `${where.ja}発・${headline.ja}`, en: `${headline.en}, from ${where.en}` };
}
