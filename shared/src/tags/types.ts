import { z } from 'zod';

export const TAG_CATEGORIES = ['technology', 'creative', 'industry', 'social', 'business'] as const;
export const TagCategorySchema = z.enum(TAG_CATEGORIES);
export type TagCategory = (typeof TAG_CATEGORIES)[number];

/** Display names of the categories (for filters and headings). */
export const TAG_CATEGORY_LABELS: Readonly<Record<TagCategory, { readonly ja: string; readonly en: string }>> = {
  technology: { ja: 'テクノロジー', en: 'Technology' },
  creative: { ja: 'クリエイティブ', en: 'Creative' },
  industry: { ja: '産業', en: 'Industry' },
  social: { ja: '社会テーマ', en: 'Social themes' },
  business: { ja: 'ビジネス', en: 'Business' },
};

/** One canonical tag of the shared vocabulary. */
export interface TagDto {
  /** Stable kebab-case ASCII id; never renamed once shipped (stored on profiles). */
  readonly id: string;
  readonly category: TagCategory;
  /** Japanese display label. */
  readonly ja: string;
  /** English display label. */
  readonly en: string;
  /** Other words people type for the same thing; each resolves to this tag and nothing else. */
  readonly synonyms: { readonly ja: readonly string[]; readonly en: readonly string[] };
  /**
   * Hiragana readings of kanji terms (the ja label or a ja synonym → its reading), so that
   * unconverted IME input such as 'ぼうさい' finds 防災. Used for lookup and search, never displayed.
   */
  readonly readings?: Readonly<Record<string, string>>;
}
