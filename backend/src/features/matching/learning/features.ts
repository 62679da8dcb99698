import type { MatchingEngine, Suggestion } from '../engine';
import type { MemberHistory } from './labels';

/**
 * Features of a (viewer, candidate) pair, all cheap for the engine's top pool: the score's parts,
 * the score relative to the viewer's best, what the index knows of both profiles, and — for members
 * with history — how alike the candidate is to the profiles they saved or met versus dismissed.
 */
export const FEATURE_NAMES = [
  'theyOfferYouSeek',
  'youOfferTheySeek',
  'sharedInterests',
  'relativeScore',
  'sharedTags',
  'needAnswered',
  'needAnsweredBack',
  'sameArea',
  'sharedLanguage',
  'sameKind',
  'likePositives',
  'likeNegatives',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Shared tags count up to this many (a fourth shared tag says little more than a third). */
const SHARED_TAGS_CAP = 3;
/** A member's most recent positives and negatives that history features look at. */
export const HISTORY_CAP = 50;

const overlaps = (a: readonly string[], b: readonly string[]) => {
  const right = new Set(b);
  return a.filter((x) => right.has(x)).length;
};

/**
 * One feature row per candidate (rows of FEATURE_COUNT numbers). `topScore` is the viewer's best
 * engine score (the relative score is 1 there). Training rows pass a history without the
 * candidate itself, so a label never explains itself.
 */
export function pairFeatures(
  engine: MatchingEngine,
  viewerId: string,
  candidateIds: readonly string[],
  topScore: number,
  history: MemberHistory | undefined,
  /** The pairs' score and parts when the caller has them already (a suggestion page). */
  known?: readonly (Suggestion['parts'] & { score: number })[],
): Float64Array[] {
  const parts = known ?? engine.pairParts(viewerId, candidateIds);
  const me = engine.profileFacts(viewerId);
  const positives = history?.positives.slice(-HISTORY_CAP) ?? [];
  const negatives = history?.negatives.slice(-HISTORY_CAP) ?? [];
  const likePositives = maxSimilarity(engine, positives, candidateIds);
  const likeNegatives = maxSimilarity(engine, negatives, candidateIds);
  return candidateIds.map((id, i) => {
    const row = new Float64Array(FEATURE_COUNT);
    const p = parts[i];
    const them = engine.profileFacts(id);
    if (!p || !them || !me) return row;
    row[0] = p.theyOfferYouSeek;
    row[1] = p.youOfferTheySeek;
    row[2] = p.sharedInterests;
    row[3] = topScore > 0 ? Math.min(1, p.score / topScore) : 0;
    row[4] = Math.min(SHARED_TAGS_CAP, overlaps(me.tags, them.tags)) / SHARED_TAGS_CAP;
    row[5] = overlaps(me.seekCategories, them.offerCategories) > 0 ? 1 : 0;
    row[6] = overlaps(me.offerCategories, them.seekCategories) > 0 ? 1 : 0;
    row[7] = me.area === them.area ? 1 : 0;
    row[8] = (me.languageMask & them.languageMask) !== 0 ? 1 : 0;
    row[9] = me.kind === them.kind ? 1 : 0;
    row[10] = likePositives[i]!;
    row[11] = likeNegatives[i]!;
    return row;
  });
}

/** For each candidate, its highest similarity to any of `members` (0 when there are none). */
function maxSimilarity(engine: MatchingEngine, members: readonly string[], ids: readonly string[]): Float64Array {
  const out = new Float64Array(ids.length);
  for (const m of members) {
    const sims = engine.similarities(m, ids);
    for (let i = 0; i < ids.length; i++) if (ids[i] !== m) out[i] = Math.max(out[i]!, sims[i]!);
  }
  return out;
}
