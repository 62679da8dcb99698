export { TAG_CATEGORIES, TAG_CATEGORY_LABELS, TagCategorySchema } from './types';
export type { TagCategory, TagDto } from './types';
export { TAGS, TAG_BY_ID } from './vocabulary';
export {
  FREE_TAG_MAX_LENGTH,
  FREE_TAG_PREFIX,
  TAG_ID_MAX_LENGTH,
  TagIdSchema,
  canonicalizeTagId,
  isCanonicalTagId,
  isValidTagId,
  normalizeTagText,
  resolveTag,
  searchTags,
  tagLabel,
} from './normalize';
export type { ResolvedTag, TagSearchResult } from './normalize';
