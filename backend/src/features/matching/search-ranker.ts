import { NEED_CATEGORIES, normalizeTagText, resolveTag } from '@musubi/shared';
import { AppError } from '../../http/errors';
import { registerProfileRanker, type RankRequest } from '../profiles';
import type { MatchingIndex } from './matching-index';

const MAX_HITS = 500;

/** Canonical tags named in a query ("AI", 「人工知能」, "smart city"), so they match as tags too. */
export function tagsInQuery(q: string): string[] {
  const found = new Set<string>();
  for (const part of [q, ...q.split(/[\s,、，]+/)]) {
    const tag = part ? resolveTag(part) : null;
    if (tag?.canonical) found.add(tag.id);
  }
  return [...found];
}

const CATEGORY_LABELS = Object.entries(NEED_CATEGORIES).flatMap(([id, labels]) =>
  [labels.ja, labels.en, id].map((label) => [normalizeTagText(label), id] as const),
);

/** Offer/seek categories a query names in either language (「デザイン」 finds English design offers). */
export function categoriesInQuery(q: string): string[] {
  const text = normalizeTagText(q);
  return [
    ...new Set(CATEGORY_LABELS.filter(([label]) => label.length > 1 && text.includes(label)).map(([, id]) => id)),
  ];
}

/** Ranked free-text search for the directory (`GET /api/profiles?q=`) over the matching index. */
export function registerSearchRanker(index: MatchingIndex): () => void {
  return registerProfileRanker(async ({ q, criteria }: RankRequest) => {
    if (!index.isReady) {
      throw new AppError(503, 'service_unavailable', 'Search is warming up; try again in a moment', undefined, {
        'Retry-After': '2',
      });
    }
    const page = index.current.search(q, {
      filters: { kinds: criteria.kinds, areas: criteria.areas, languages: criteria.languages },
      tagIds: tagsInQuery(q),
      categories: categoriesInQuery(q),
      limit: MAX_HITS,
    });
    return page.items.map((hit) => hit.id);
  });
}
