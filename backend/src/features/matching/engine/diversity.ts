import type { DiversityOptions } from './engine-options';
import type { Ranked } from './top-k';

/** How many ranked candidates a diversified page of `need` needs: the MMR pool, or more. */
export function candidatePool(need: number, options: DiversityOptions): number {
  return Math.max(need, options.pool);
}

/**
 * Maximal marginal relevance over the first `pool` candidates: greedily picks the one maximising
 * λ·score/maxScore − (1 − λ)·max similarity to those already picked, until `need` are picked; past
 * the pool the order stays by score. `ranked` is best-first and ties keep that order, so a larger
 * `need` extends a smaller one: pages stay stable.
 */
export function diversify(
  ranked: readonly Ranked[],
  { lambda, pool }: DiversityOptions,
  need: number,
  similarities: (slot: number, others: readonly number[]) => Float64Array,
): Ranked[] {
  const remaining = ranked.slice(0, pool);
  const maxSimilarity = new Float64Array(remaining.length);
  const top = ranked[0]?.score ?? 0;
  const picked: Ranked[] = [];
  while (picked.length < need && remaining.length > 0) {
    let best = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const value = (lambda * remaining[i]!.score) / top - (1 - lambda) * maxSimilarity[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const [chosen] = remaining.splice(best, 1) as [Ranked];
    maxSimilarity.copyWithin(best, best + 1);
    picked.push(chosen);
    const sims = similarities(
      chosen.slot,
      remaining.map((r) => r.slot),
    );
    for (let i = 0; i < remaining.length; i++) maxSimilarity[i] = Math.max(maxSimilarity[i]!, sims[i]!);
  }
  return remaining.length === 0 ? [...picked, ...ranked.slice(pool)] : picked;
}
