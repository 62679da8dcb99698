import { CATEGORY_PREFIX, SPACE_COUNT, TAG_PREFIX } from './engine-types';
import type { Combiner } from './scoring';
import type { Vocabulary } from './vocabulary';
import { isGenericWord, REASON_MAX_DOCUMENT_SHARE } from './generic-words';

export type ReasonType = 'they-offer-you-seek' | 'you-offer-they-seek' | 'shared-interest';

/** Why a profile was suggested: a term or tag that contributed, and whose need it meets. */
export interface Reason {
  type: ReasonType;
  /** Readable term: a tag id, a category id or a word as written. */
  term: string;
  tagId?: string;
  category?: string;
  /** The term's share of the score (first-order attribution: ∂score/∂part × term product). */
  weight: number;
}

/** One matching term's product in one space's dot product. */
export interface TermProduct {
  space: number;
  term: number;
  product: number;
}

const TYPES: readonly ReasonType[] = ['they-offer-you-seek', 'you-offer-they-seek', 'shared-interest'];

/** ∂score/∂part for each of the three parts at (a, b, c). */
function sensitivities(cb: Combiner, a: number, b: number): [number, number, number] {
  if (!cb.mutual) return [cb.a, cb.b, cb.c];
  const f = cb.floor;
  return [(cb.a / 2) * Math.sqrt((b + f) / (a + f)), (cb.b / 2) * Math.sqrt((a + f) / (b + f)), cb.c];
}

type Description = Pick<Reason, 'term' | 'tagId' | 'category'>;

interface CachedDescription {
  /** The display form it was made from (a term's display form can change as words are seen). */
  display: string | undefined;
  description: Description;
  /** A number per lower-cased term: reasons with the same type and key are merged. */
  key: number;
  /** A generic or one-character word: it scores but is never a reason. */
  generic: boolean;
}

interface DescriptionCache {
  byTerm: (CachedDescription | undefined)[];
  keys: Map<string, number>;
}

/** Descriptions per vocabulary and term id, so a query does not re-slice and re-case its terms. */
const descriptions = new WeakMap<Vocabulary, DescriptionCache>();

function describe(vocabulary: Vocabulary, id: number): CachedDescription {
  let cache = descriptions.get(vocabulary);
  if (!cache) descriptions.set(vocabulary, (cache = { byTerm: [], keys: new Map() }));
  const display = vocabulary.display[id];
  const cached = cache.byTerm[id];
  if (cached && cached.display === display) return cached;
  const term = vocabulary.terms[id]!;
  let description: Description;
  if (term.startsWith(TAG_PREFIX)) {
    const tagId = term.slice(TAG_PREFIX.length);
    description = { term: tagId, tagId };
  } else if (term.startsWith(CATEGORY_PREFIX)) {
    const category = term.slice(CATEGORY_PREFIX.length);
    description = { term: category, category };
  } else {
    description = { term: display ?? term };
  }
  const lower = description.term.toLowerCase();
  let key = cache.keys.get(lower);
  if (key === undefined) cache.keys.set(lower, (key = cache.keys.size));
  const word = description.tagId === undefined && description.category === undefined;
  const generic = word && ([...description.term].length < 2 || isGenericWord(description.term) || isGenericWord(term));
  return (cache.byTerm[id] = { display, description, key, generic });
}

/** Corpora smaller than this are too small to call a term ubiquitous by its share of profiles. */
const RARITY_MIN_PROFILES = 50;

/** A term in more than REASON_MAX_DOCUMENT_SHARE of the profiles (co-creation, 提供) is no reason. */
function ubiquitous(vocabulary: Vocabulary, id: number, profiles: number): boolean {
  return profiles >= RARITY_MIN_PROFILES && vocabulary.df[id]! > REASON_MAX_DOCUMENT_SHARE * profiles;
}

/**
 * The `max` heaviest contributions of a suggestion, heaviest first (ties by type, then term), leaving
 * out generic words (see generic-words.ts) and terms most profiles have.
 */
export function buildReasons(
  products: readonly TermProduct[],
  parts: readonly [number, number, number],
  cb: Combiner,
  vocabulary: Vocabulary,
  max: number,
  /** Live profile count, which `vocabulary.df` counts in. */
  profiles: number,
): Reason[] {
  const gain = sensitivities(cb, parts[0], parts[1]);
  // A tag and a word that read the same ("ai" and tag:ai) are one reason with their weights summed
  // (the later one's description wins, fields it lacks are kept). Objects are made for the best only.
  const merged = new Map<number, { space: number; weight: number; descriptions: Description[] }>();
  for (const p of products) {
    const { description, key, generic } = describe(vocabulary, p.term);
    // Presentation only: generic and ubiquitous terms still count in the score.
    if (generic || ubiquitous(vocabulary, p.term, profiles)) continue;
    const weight = gain[p.space]! * p.product;
    const id = key * SPACE_COUNT + p.space;
    const entry = merged.get(id);
    if (entry) {
      entry.weight += weight;
      entry.descriptions.push(description);
    } else {
      merged.set(id, { space: p.space, weight, descriptions: [description] });
    }
  }
  const termOf = (e: { descriptions: Description[] }) => e.descriptions[e.descriptions.length - 1]!.term;
  return [...merged.values()]
    .filter((e) => e.weight > 0)
    .sort((x, y) => y.weight - x.weight || x.space - y.space || (termOf(x) < termOf(y) ? -1 : 1))
    .slice(0, max)
    .map((e) => Object.assign({ type: TYPES[e.space]! }, ...e.descriptions, { weight: e.weight }) as Reason);
}
