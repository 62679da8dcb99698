import { pairKeyOfProfiles } from '@musubi/shared';
import { AppError } from '../../http/errors';
import type { MatchStrengthDto } from '@musubi/shared';
import { matchStrength, rawScore100, type MatchingIndex, type Reason, type Suggestion } from '../matching';

export interface EnginePair {
  key: string;
  a: string;
  b: string;
  /** The engine's raw score × 100 (organisers' view). */
  score: number;
  /** As the members' suggestions show it. */
  strength: MatchStrengthDto;
  /** From a's side when a's suggestions hold the pair, else from b's. */
  reasons: Reason[];
  /** The engine's three cosines, from the same side as the reasons. */
  parts: Suggestion['parts'];
}

/** The longest stretch of pair building on the event loop between two yields. */
const YIELD_EVERY_MS = 10;

const notReady = () =>
  new AppError(503, 'service_unavailable', 'Suggestions are warming up; try again in a moment', undefined, {
    'Retry-After': '2',
  });

/** The index with every given profile in it (a profile saved a moment ago may not be yet). */
async function readyIndex(index: MatchingIndex, ids: readonly string[]) {
  if (!index.isReady) {
    await Promise.race([index.ready(), new Promise((r) => setTimeout(r, 5000))]);
    if (!index.isReady) throw notReady();
  }
  for (const id of ids) if (!index.current.has(id)) await index.indexProfile(id);
  return index.current;
}

/**
 * Suggested pairs among an event's participants: each participant's suggestions from the engine,
 * restricted to the other participants, deduplicated into unordered pairs.
 */
export async function suggestedPairs(
  index: MatchingIndex,
  participantIds: readonly string[],
  perParticipant: number,
): Promise<Map<string, EnginePair>> {
  const pairs = new Map<string, EnginePair>();
  if (participantIds.length < 2) return pairs;
  let engine = await readyIndex(index, participantIds);
  let slice = performance.now();
  for (const id of participantIds) {
    // Each suggestion costs a millisecond or two: yield now and then so other requests get served.
    if (performance.now() - slice > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      engine = index.current;
      slice = performance.now();
    }
    if (!engine.has(id)) continue;
    const page = engine.suggest(id, { filters: { allowIds: participantIds }, limit: perParticipant });
    for (const s of page.items) {
      const key = pairKeyOfProfiles(id, s.id);
      const [a, b] = key.split('-') as [string, string];
      // Keep the first sighting, unless this one is from a's side (reasons read from a's side).
      if (pairs.has(key) && id !== a) continue;
      pairs.set(key, {
        key,
        a,
        b,
        score: rawScore100(s.score),
        strength: matchStrength(s.score),
        reasons: s.reasons,
        parts: s.parts,
      });
    }
  }
  return pairs;
}

/** The engine's view of one pair (null when the engine would not pair them, e.g. two corporates). */
export async function scorePair(index: MatchingIndex, a: string, b: string): Promise<EnginePair | null> {
  const engine = await readyIndex(index, [a, b]);
  if (!engine.has(a)) return null;
  const s = engine.suggest(a, { filters: { allowIds: [b] }, limit: 1 }).items[0];
  if (!s) return null;
  const pair = {
    a,
    b,
    score: rawScore100(s.score),
    strength: matchStrength(s.score),
    reasons: s.reasons,
    parts: s.parts,
  };
  return { key: pairKeyOfProfiles(a, b), ...pair };
}
