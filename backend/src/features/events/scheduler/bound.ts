import type { Problem } from './problem';

/**
 * An upper bound on the objective of any valid schedule (Lagrangian relaxation of the table limit).
 *
 * Let C = Σ_r min(T, ⌊attending_r / 2⌋) be the most meetings all rounds can hold, and cap_p = min(M,
 * rounds p attends). For any λ ≥ 0 and any valid schedule S (|S| ≤ C, p in ≤ cap_p meetings):
 *   Σ_{e∈S} w_e ≤ λC + Σ_{e∈S} (w_e − λ) ≤ λC + Σ_p ½ · (sum of p's cap_p largest (w_e − λ)⁺)
 * (each meeting's w_e − λ split half to each end). The bound is the minimum over λ of the right side,
 * a convex piecewise-linear function whose minimum lies at λ = 0 or at some edge weight. Only pairs
 * whose two people attend a common round count. With λ = 0 it is "everyone's top-M pairs, halved";
 * with λ large it is C times the best weight; in between it accounts for both limits at once.
 */
export function upperBound(pb: Problem): number {
  const { n, rounds: R } = pb;
  let capacity = 0;
  for (let r = 0; r < R; r++) {
    let attending = 0;
    for (let p = 0; p < n; p++) attending += pb.avail[p * R + r]!;
    capacity += Math.min(pb.tables, Math.floor(attending / 2));
  }
  // Each person's usable weights, best first (adj is already sorted by weight desc).
  const tops: Float64Array[] = [];
  const breakpoints = new Set<number>([0]);
  for (let p = 0; p < n; p++) {
    const ws: number[] = [];
    for (let i = pb.adjStart[p]!; i < pb.adjStart[p + 1]! && ws.length < pb.cap[p]!; i++) {
      const e = pb.adj[i]!;
      if (pb.common[e]) ws.push(pb.weight[e]!);
    }
    tops.push(Float64Array.from(ws));
    for (const w of ws) breakpoints.add(w);
  }
  const at = (lambda: number): number => {
    let sum = 0;
    for (const ws of tops) {
      for (const w of ws) {
        if (w <= lambda) break;
        sum += w - lambda;
      }
    }
    return lambda * capacity + sum / 2;
  };
  let bound = Infinity;
  for (const lambda of breakpoints) bound = Math.min(bound, at(lambda));
  return bound;
}
