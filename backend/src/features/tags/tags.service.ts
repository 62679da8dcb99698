import { searchTags, type TagSearchQuery, type TagSuggestionDto } from '@musubi/shared';

/**
 * Autocomplete over the shared ja/en vocabulary: prefix of a label, synonym or kana reading,
 * insensitive to width, case and katakana/hiragana.
 */
export function suggestTags({ q, lang, limit }: TagSearchQuery): TagSuggestionDto[] {
  return searchTags(q, lang, limit).map(({ id, label, otherLabel, category }) => ({ id, label, otherLabel, category }));
}
