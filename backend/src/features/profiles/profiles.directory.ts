import { trusted, type QueryFilter } from 'mongoose';
import type { ListProfilesQuery } from '@musubi/shared';
import { avatarEtagsOf } from './avatar-etags';
import { badCursor } from '../../http/errors';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import { ProfileModel, type ProfileRecord } from './profile.model';
import { resolveTagFilter } from './profile-tags';
import type { LoadedProfile } from './profiles.service';
import { currentProfileRanker, type ProfileCriteria, type ProfileRanker } from './ranking';
import { listableVisibilities, type Viewer } from './viewer';

export interface ProfilePage {
  items: LoadedProfile[];
  nextCursor: string | null;
}

export interface ListProfilesOptions {
  /** Orders results for `q`; defaults to the registered ranker (see `registerProfileRanker`). */
  rank?: ProfileRanker;
}

/** Never loaded for lists: the directory shows no contact details to anyone. */
const LIST_PROJECTION = { contact: 0 } as const;

function criteriaOf(query: ListProfilesQuery, viewer: Viewer): ProfileCriteria {
  return {
    visibilities: listableVisibilities(viewer),
    kinds: query.kind,
    areas: query.area,
    languages: query.language,
    tags: query.tags && resolveTagFilter(query.tags),
    offers: query.offers,
    seeks: query.seeks,
  };
}

/** Several values in one filter match any of them; different filters must all match. */
function filterOf(criteria: ProfileCriteria): QueryFilter<ProfileRecord> {
  const anyOf = (values: readonly string[]) => trusted({ $in: [...values] });
  const filter: Record<string, unknown> = { visibility: anyOf(criteria.visibilities) };
  const fields: [string, readonly string[] | undefined][] = [
    ['kind', criteria.kinds],
    ['location.area', criteria.areas],
    ['languages', criteria.languages],
    ['tags', criteria.tags],
    ['offers.category', criteria.offers],
    ['seeks.category', criteria.seeks],
  ];
  for (const [path, values] of fields) if (values?.length) filter[path] = anyOf(values);
  return filter as QueryFilter<ProfileRecord>;
}

/**
 * The directory, newest first, one page at a time. Unranked pages are keyed on `_id`, so a walk
 * neither repeats nor skips profiles when new ones are created meanwhile. With `q` and a ranker,
 * the ranker orders the candidates and pages are offsets into its ordering; without a ranker,
 * `q` is ignored.
 */
export async function listProfiles(
  query: ListProfilesQuery,
  viewer: Viewer,
  { rank = currentProfileRanker() }: ListProfilesOptions = {},
): Promise<ProfilePage> {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const criteria = criteriaOf(query, viewer);
  const filter = filterOf(criteria);
  if (query.q && rank) return rankedPage(query, viewer, criteria, filter, rank, cursor);
  if (cursor && !('after' in cursor)) throw badCursor();

  const pageFilter = cursor ? { ...filter, _id: trusted({ $lt: cursor.after }) } : filter;
  const docs = await ProfileModel.find(pageFilter, LIST_PROJECTION)
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean<ProfileRecord[]>();
  const items = docs.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = docs.length > query.limit && last ? encodeCursor({ after: last._id.toString() }) : null;
  return { items: await withAvatarEtags(items), nextCursor };
}

async function withAvatarEtags(profiles: ProfileRecord[]): Promise<LoadedProfile[]> {
  const etags = await avatarEtagsOf(profiles.map((p) => p._id));
  return profiles.map((profile) => ({ profile, avatarEtag: etags.get(profile._id.toString()) ?? null }));
}

async function rankedPage(
  query: ListProfilesQuery,
  viewer: Viewer,
  criteria: ProfileCriteria,
  filter: QueryFilter<ProfileRecord>,
  rank: ProfileRanker,
  cursor: Cursor | undefined,
): Promise<ProfilePage> {
  if (cursor && !('offset' in cursor)) throw badCursor();
  const offset = cursor?.offset ?? 0;
  const ordered = await rank({ q: query.q ?? '', criteria, candidateFilter: filter, viewer });
  // Visibility and filters apply before slicing: pages come back full, and a query that only
  // matches what this viewer may not see is indistinguishable from one matching nothing.
  const listable = await listableAmong(ordered, filter);
  const pageIds = listable.slice(offset, offset + query.limit);
  const docs = pageIds.length
    ? await ProfileModel.find({ ...filter, _id: trusted({ $in: pageIds }) }, LIST_PROJECTION).lean<ProfileRecord[]>()
    : [];
  const byId = new Map(docs.map((d) => [d._id.toString(), d]));
  const items = pageIds.map((id) => byId.get(id)).filter((d): d is ProfileRecord => !!d);
  const next = offset + query.limit;
  return {
    items: await withAvatarEtags(items),
    nextCursor: next < listable.length ? encodeCursor({ offset: next }) : null,
  };
}

/** The ranked ids that pass `filter` (the viewer's visibility and the directory's filters), in rank order. */
async function listableAmong(ordered: string[], filter: QueryFilter<ProfileRecord>): Promise<string[]> {
  const ids = [...new Set(ordered.map((id) => id.toLowerCase()).filter((id) => /^[0-9a-f]{24}$/.test(id)))];
  if (ids.length === 0) return [];
  const passing = await ProfileModel.find({ ...filter, _id: trusted({ $in: ids }) }, { _id: 1 }).lean();
  const allowed = new Set(passing.map((d) => d._id.toString()));
  return ids.filter((id) => allowed.has(id));
}
