import {
  LOCATION_AREAS,
  NEED_CATEGORY_IDS,
  PROFILE_KINDS,
  SPOKEN_LANGUAGES,
  type LocationArea,
  type NeedCategory,
  type ProfileKind,
  type SpokenLanguage,
} from '@musubi/shared';

/** The server's limit on `q`. */
export const SEARCH_MAX_LENGTH = 200;

/** The directory's filters; the page's URL holds them, so a filtered list can be shared and reloaded. */
export interface DirectoryFilters {
  /** Free text, ja or en: the server ranks the results by it. */
  q: string;
  kind: ProfileKind[];
  area: LocationArea[];
  language: SpokenLanguage[];
  /** Vocabulary ids or free words (the server resolves both). */
  tags: string[];
  offers: NeedCategory | '';
  seeks: NeedCategory | '';
}

export const NO_FILTERS: DirectoryFilters = {
  q: '',
  kind: [],
  area: [],
  language: [],
  tags: [],
  offers: '',
  seeks: '',
};

const list = (params: URLSearchParams, key: string) =>
  (params.get(key) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

const known =
  <T extends string>(options: readonly T[]) =>
  (value: string): value is T =>
    (options as readonly string[]).includes(value);

/** Reads filters from a query string, ignoring values this version does not know. */
export function filtersFromSearch(params: URLSearchParams): DirectoryFilters {
  const offers = params.get('offers') ?? '';
  const seeks = params.get('seeks') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
    kind: list(params, 'kind').filter(known(PROFILE_KINDS)),
    area: list(params, 'area').filter(known(LOCATION_AREAS)),
    language: list(params, 'language').filter(known(SPOKEN_LANGUAGES)),
    tags: [...new Set(list(params, 'tags'))],
    offers: known(NEED_CATEGORY_IDS)(offers) ? offers : '',
    seeks: known(NEED_CATEGORY_IDS)(seeks) ? seeks : '',
  };
}

/**
 * The filters as query parameters, in a fixed order and without empty ones: the same string for
 * the page's URL and the API (`q=design&kind=creator&tags=ai,design`, several values comma-separated).
 */
export function filtersToSearch(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  const lists: [string, string[]][] = [
    ['kind', filters.kind],
    ['area', filters.area],
    ['language', filters.language],
    // A comma would split one free tag into two.
    ['tags', filters.tags.map((tag) => tag.replaceAll(',', ' ').trim()).filter(Boolean)],
  ];
  for (const [key, values] of lists) if (values.length > 0) params.set(key, values.join(','));
  if (filters.offers) params.set('offers', filters.offers);
  if (filters.seeks) params.set('seeks', filters.seeks);
  return params;
}

/** How many filters are set (the badge on the mobile "Filters" button). */
export function activeFilterCount(filters: DirectoryFilters): number {
  return (
    (filters.q.trim() ? 1 : 0) +
    filters.kind.length +
    filters.area.length +
    filters.language.length +
    filters.tags.length +
    (filters.offers ? 1 : 0) +
    (filters.seeks ? 1 : 0)
  );
}
