import type { LocationArea, ProfileKind } from '@musubi/shared';
import type { EngineOptions } from './engine-options';
import type { Reason } from './reasons';
import type { Ranked } from './top-k';

/** exact: inverted index; brute-force: the reference it must equal. */
export type QueryMode = 'exact' | 'brute-force';

export interface CandidateFilters {
  kinds?: readonly ProfileKind[];
  areas?: readonly LocationArea[];
  /** Candidates must speak at least one of these. */
  languages?: readonly string[];
  /** Only these profile ids (e.g. an event's participants). */
  allowIds?: Iterable<string>;
}

export interface PageOptions {
  filters?: CandidateFilters;
  /** Never return these ids (blocked, dismissed). */
  exclude?: Iterable<string>;
  /** Offset-based cursor: the ordering (score desc, id asc) is stable while the index is unchanged. */
  offset?: number;
  limit?: number;
  mode?: QueryMode;
}

export interface SuggestOptions extends PageOptions {
  /** Overrides the engine's MMR setting for this call. */
  diversity?: EngineOptions['diversity'];
}

export interface SearchOptions extends PageOptions {
  /** Canonical tag ids and category ids the caller resolved from the query (matched as tag:/cat: terms). */
  tagIds?: readonly string[];
  categories?: readonly string[];
}

export interface Suggestion {
  id: string;
  score: number;
  /** Cosines: their offers × your seeks, your offers × their seeks, interests × interests. */
  parts: { theyOfferYouSeek: number; youOfferTheySeek: number; sharedInterests: number };
  reasons: Reason[];
}

/** What the index holds about one profile (read-only; for features of a learned re-rank). */
export interface ProfileFacts {
  kind: ProfileKind;
  area: LocationArea;
  /** Languages as a bit mask of this engine (compare two profiles' masks, never store them). */
  languageMask: number;
  /** Canonical tag ids and need categories, as indexed. */
  tags: string[];
  offerCategories: string[];
  seekCategories: string[];
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface Page<T> {
  items: T[];
  /** Offset of the next page, or null when this is the last. */
  nextOffset: number | null;
}

export interface EngineStats {
  profiles: number;
  slots: number;
  mainSlots: number;
  deltaSlots: number;
  deadSlots: number;
  terms: number;
  mainPostings: number;
  deltaPostings: number;
  /** Profile count the current idf was computed with. */
  idfProfiles: number;
}

const DEFAULT_LIMIT = 20;

export function pageOf(options: PageOptions): { offset: number; limit: number } {
  return {
    offset: Math.max(0, Math.floor(options.offset ?? 0)),
    limit: Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT)),
  };
}

/** The page at `offset` of a ranking fetched one past the page, so the next offset is known. */
export function toPage<T>(
  ordered: readonly Ranked[],
  offset: number,
  limit: number,
  present: (r: Ranked[]) => T[],
): Page<T> {
  return {
    items: present(ordered.slice(offset, offset + limit)),
    nextOffset: ordered.length > offset + limit ? offset + limit : null,
  };
}
