import { DEFAULT_KIND_RULES, type EngineProfile, type KindRules } from '../engine';

/** The cut-off of every precision figure here. */
export const K = 5;

/**
 * R-capped precision@k: relevant ∩ top-k divided by min(k, |relevant|). Plain P@k (divided by k)
 * cannot reach 1 for a viewer with only two right answers, so a perfect ranking would score 0.4
 * there; capping the denominator at |relevant| makes 1 mean "every slot that could hold a right
 * answer holds one" for every viewer alike.
 */
export function cappedPrecisionAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const hits = ranked.slice(0, k).filter((id) => relevant.has(id)).length;
  return hits / Math.min(k, relevant.size);
}

/**
 * Expected capped precision@k of a uniformly random ordering of `candidates`, `relevant` of which
 * are right: the hypergeometric mean k'·R/N of hits in the first k' = min(k, N), over min(k, R).
 */
export function randomCappedPrecisionAt(k: number, candidates: number, relevant: number): number {
  const shown = Math.min(k, candidates);
  return (shown * relevant) / candidates / Math.min(k, relevant);
}

/** Whether the product's kind rules let `viewer` be shown `candidate` (mirrors the engine's rule). */
export function mayMeet(viewer: EngineProfile, candidate: EngineProfile, rules: KindRules = DEFAULT_KIND_RULES) {
  if (viewer.id === candidate.id) return false;
  if (viewer.kind === candidate.kind) return viewer.seeks.some((s) => rules.sameKindWhenSeeking.includes(s.category));
  return rules.pairs.some(
    ([x, y]) => (x === viewer.kind && y === candidate.kind) || (y === viewer.kind && x === candidate.kind),
  );
}

function tagJaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((t) => right.has(t)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The tags-only baseline: candidates by Jaccard similarity of tag sets, ties by id like the engine. */
export function rankByTagJaccard(viewer: EngineProfile, candidates: readonly EngineProfile[]): string[] {
  return candidates
    .map((c) => ({ id: c.id, score: tagJaccard(viewer.tags, c.tags) }))
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((c) => c.id);
}

export const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Share of the relevant ids found in the first k of `ranked`. */
export function recallAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/** nDCG@k with binary relevance: 1 when the first min(k, R) places all hold relevant ids. */
export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const gain = (place: number) => 1 / Math.log2(place + 2);
  let dcg = 0;
  ranked.slice(0, k).forEach((id, place) => {
    if (relevant.has(id)) dcg += gain(place);
  });
  let ideal = 0;
  for (let place = 0; place < Math.min(k, relevant.size); place++) ideal += gain(place);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** 1 / place of the first relevant id in `ranked` (1-based), 0 when none is there. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const place = ranked.findIndex((id) => relevant.has(id));
  return place < 0 ? 0 : 1 / (place + 1);
}
