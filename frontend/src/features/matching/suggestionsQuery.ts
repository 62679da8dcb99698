import type { Language } from '@musubi/shared';
import { filtersFromSearch, filtersToSearch, NO_FILTERS, type DirectoryFilters } from '../directory/directoryQuery';

/** Suggestions can be narrowed by these directory filters only. */
export const SUGGESTION_FILTER_FIELDS = ['kind', 'area', 'language'] as const;

/** The suggestion filters in a page URL (others there are ignored). */
export function suggestionFiltersFromSearch(params: URLSearchParams): DirectoryFilters {
  const { kind, area, language } = filtersFromSearch(params);
  return { ...NO_FILTERS, kind, area, language };
}

/** The API query: the filters, then the language the reasons should be written in. */
export function suggestionsApiQuery(filters: DirectoryFilters, lang: Language): string {
  const params = filtersToSearch(filters);
  params.set('lang', lang);
  return params.toString();
}
