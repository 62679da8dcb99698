import { NEED_CATEGORIES, TAG_BY_ID } from '@musubi/shared';
import { CATEGORY_PREFIX } from './engine-types';
import { tokenizeText } from './tokenize';

/**
 * Tags whose labels and synonyms say the same as a need category ("funding" in a funding need), so
 * a need text that repeats its category in other words does not count the category twice.
 */
const CATEGORY_TAGS: Readonly<Record<string, readonly string[]>> = {
  funding: ['fundraising'],
  'poc-partner': ['poc'],
  'co-creation': ['open-innovation'],
  design: ['design'],
  content: ['content-creation'],
  'sales-channel': ['sales'],
  mentoring: ['mentoring'],
  'overseas-expansion': ['global-expansion'],
  marketing: ['marketing', 'pr'],
};

const CATEGORY_IDS = Object.keys(NEED_CATEGORIES);

interface CategoryWords {
  /** `cat:<id>` → its bit (one per category, so a profile's categories fit one 32-bit mask). */
  bits: Map<string, number>;
  /** A word → the bits of the categories it restates. */
  restates: Map<string, number>;
}

let categoryWords: CategoryWords | undefined;

/**
 * Built on first use, with the same tokenizer as the profiles' texts, so the words are the same
 * terms: every word of the category's ja/en labels, and linked tag names that are one word.
 */
function words(): CategoryWords {
  if (categoryWords) return categoryWords;
  const bits = new Map<string, number>();
  const restates = new Map<string, number>();
  CATEGORY_IDS.forEach((id, i) => {
    const bit = 1 << i;
    bits.set(CATEGORY_PREFIX + id, bit);
    const restate = (term: string) => restates.set(term, (restates.get(term) ?? 0) | bit);
    const label = NEED_CATEGORIES[id as keyof typeof NEED_CATEGORIES];
    for (const phrase of [label.ja, label.en]) tokenizeText(phrase).forEach(restate);
    // Of the linked tags, only names that are one word: the words of "pilot project" or 社会実装
    // do not each say PoC.
    for (const tagId of CATEGORY_TAGS[id] ?? []) {
      const tag = TAG_BY_ID.get(tagId);
      if (!tag) continue;
      for (const name of [tag.ja, tag.en, ...tag.synonyms.ja, ...tag.synonyms.en]) {
        const terms = tokenizeText(name);
        if (terms.length === 1) restate(terms[0]!);
      }
    }
  });
  return (categoryWords = { bits, restates });
}

/** The bit of a `cat:<id>` term, 0 for any other term. */
export function categoryBit(term: string): number {
  return words().bits.get(term) ?? 0;
}

/** The bits of the categories whose labels contain `term` (資金 → funding), 0 for most terms. */
export function restatedCategories(term: string): number {
  return words().restates.get(term) ?? 0;
}

/** The `cat:<id>` terms of the categories whose labels contain `term` (design → cat:design). */
export function restatedCategoryTerms(term: string): string[] {
  const bits = restatedCategories(term);
  return bits === 0 ? [] : [...words().bits].filter(([, bit]) => (bits & bit) !== 0).map(([category]) => category);
}

/** Need-category facts about term ids, for the vector builder. */
export interface NeedTerms {
  /** The bit of a `cat:` term, else 0. */
  categoryOf(id: number): number;
  /** The bits of the categories whose labels contain the term, else 0. */
  restatesOf(id: number): number;
}
