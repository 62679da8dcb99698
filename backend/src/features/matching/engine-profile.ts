import type { ProfileRecord } from '../profiles';
import type { EngineProfile } from './engine';

/** The fields the matching index needs; loading only these keeps start-up light. */
export const ENGINE_PROJECTION = {
  userId: 1,
  kind: 1,
  tags: 1,
  freeTags: 1,
  offers: 1,
  seeks: 1,
  description: 1,
  headline: 1,
  location: 1,
  languages: 1,
  visibility: 1,
  version: 1,
  updatedAt: 1,
} as const;

export type EngineSource = Pick<
  ProfileRecord,
  | '_id'
  | 'userId'
  | 'kind'
  | 'tags'
  | 'freeTags'
  | 'offers'
  | 'seeks'
  | 'description'
  | 'headline'
  | 'location'
  | 'languages'
  | 'visibility'
  | 'version'
  | 'updatedAt'
>;

export function toEngineProfile(p: EngineSource): EngineProfile {
  return {
    id: p._id.toString(),
    kind: p.kind,
    tags: p.tags,
    freeTagLabels: (p.freeTags ?? []).map((t) => t.label),
    offers: p.offers.map(({ category, text }) => ({ category, text })),
    seeks: p.seeks.map(({ category, text }) => ({ category, text })),
    description: p.description,
    headline: p.headline,
    area: p.location.area,
    languages: p.languages,
    hidden: p.visibility === 'hidden',
  };
}
