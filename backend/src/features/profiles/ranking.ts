import type { QueryFilter } from 'mongoose';
import type { LocationArea, NeedCategory, ProfileKind, Visibility } from '@musubi/shared';
import type { ProfileRecord } from './profile.model';
import type { Viewer } from './viewer';

/** The directory's filters after validation and tag resolution. */
export interface ProfileCriteria {
  visibilities: Visibility[];
  kinds?: ProfileKind[];
  areas?: LocationArea[];
  languages?: string[];
  /** Resolved tag ids (canonical or `free:`). */
  tags?: string[];
  offers?: NeedCategory[];
  seeks?: NeedCategory[];
}

export interface RankRequest {
  q: string;
  criteria: ProfileCriteria;
  /** The same criteria as a filter over `ProfileModel`; a ranker may use it to fetch candidates. */
  candidateFilter: QueryFilter<ProfileRecord>;
  viewer: Viewer;
}

/**
 * Orders the profiles matching a free-text query, best first, as profile ids. It may return ids
 * outside the criteria: the directory re-applies them when loading the page.
 */
export type ProfileRanker = (request: RankRequest) => Promise<string[]>;

let registeredRanker: ProfileRanker | undefined;

/**
 * Plugs ranked free-text search (`q`) into the directory; the matching feature registers its
 * engine at start-up. Until one is registered, `q` is ignored. Returns an unregister function.
 */
export function registerProfileRanker(ranker: ProfileRanker): () => void {
  registeredRanker = ranker;
  return () => {
    if (registeredRanker === ranker) registeredRanker = undefined;
  };
}

export function currentProfileRanker(): ProfileRanker | undefined {
  return registeredRanker;
}
