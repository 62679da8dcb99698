import { UpsertProfileSchema, type UpsertProfileInput, type Visibility } from '@musubi/shared';
import { Types } from 'mongoose';
import { toStoredFields } from '../../profiles';
import type { EngineProfile } from '../engine';
import { toEngineProfile } from '../engine-profile';
import type { EvalProfile } from './eval-profiles';

/** An evaluation profile as the engine sees it once saved, with the visibility the API filters on. */
export interface NormalizedProfile {
  profile: EngineProfile;
  visibility: Visibility;
}

const PLACEHOLDER_ID = new Types.ObjectId('000000000000000000000000');
const EPOCH = new Date(0);

/**
 * What a save through `PUT /api/profiles/me` makes of `input` (validation with its trimming, tags
 * resolved to canonical or `free:` ids, empty languages dropped), mapped to the engine's profile
 * the way the matching index maps a stored one, under the readable `id` the labels use.
 */
export function normalizeForEngine(input: UpsertProfileInput, id: string): NormalizedProfile {
  const stored = toStoredFields(UpsertProfileSchema.parse(input));
  const source = { ...stored, _id: PLACEHOLDER_ID, userId: PLACEHOLDER_ID, version: 1, updatedAt: EPOCH };
  return { profile: { ...toEngineProfile(source), id }, visibility: stored.visibility };
}

const DETAILS = {
  startup: { startup: { stage: 'seed' } },
  creator: { creator: { disciplines: [] } },
  corporate: { corporate: { industry: 'Other', size: '250-999' } },
} as const;

/**
 * A hand-written evaluation profile as the profile form would send it: its texts and tags exactly
 * as written (tags as typed, resolved by the save), plus the fields matching never reads (name,
 * kind details) filled with neutral values so the input validates.
 */
export function evalProfileInput(p: EvalProfile): UpsertProfileInput {
  return {
    kind: p.kind,
    ...DETAILS[p.kind],
    name: { en: p.id },
    headline: p.headline,
    description: p.description,
    tags: p.tags,
    offers: p.offers,
    seeks: p.seeks,
    location: { area: p.area, ...(p.area === 'overseas' ? { country: 'SG' } : {}) },
    languages: p.languages,
    visibility: p.hidden ? 'hidden' : 'public',
  } as UpsertProfileInput;
}
