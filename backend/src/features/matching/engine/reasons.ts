import { CATEGORY_PREFIX, TAG_PREFIX } from './engine-types';
import type { Combiner } from './scoring';
import type { Vocabulary } from './vocabulary';

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

function describe(vocabulary: Vocabulary, id: number): Pick<Reason, 'term' | 'tagId' | 'category'> {
  const term = vocabulary.terms[id]!;
  if (term.startsWith(TAG_PREFIX)) {
    const tagId = term.slice(TAG_PREFIX.length);
    return { term: tagId, tagId };
  }
  if (term.startsWith(CATEGORY_PREFIX)) {
    const category = term.slice(CATEGORY_PREFIX.length);
    return { term: category, category };
  }
  return { term: vocabulary.display[id] ?? term };
}

/** The `max` heaviest contributions of a suggestion, heaviest first (ties by type, then term). */
export function buildReasons(
  products: readonly TermProduct[],
  parts: readonly [number, number, number],
  cb: Combiner,
  vocabulary: Vocabulary,
  max: number,
): Reason[] {
  const gain = sensitivities(cb, parts[0], parts[1]);
  // A tag and a word that read the same ("ai" and tag:ai) are one reason with their weights summed.
  const merged = new Map<string, Reason>();
  for (const p of products) {
    const reason: Reason = {
      type: TYPES[p.space]!,
      ...describe(vocabulary, p.term),
      weight: gain[p.space]! * p.product,
    };
    const key = `${reason.type} ${reason.term.toLowerCase()}`;
    const other = merged.get(key);
    if (other) merged.set(key, { ...other, ...reason, weight: other.weight + reason.weight });
    else merged.set(key, reason);
  }
  return [...merged.values()]
    .filter((r) => r.weight > 0)
    .sort((x, y) => y.weight - x.weight || TYPES.indexOf(x.type) - TYPES.indexOf(y.type) || (x.term < y.term ? -1 : 1))
    .slice(0, max);
}
