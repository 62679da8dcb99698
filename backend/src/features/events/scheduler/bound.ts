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

/**
 * A tighter bound, the fractional b-matching LP with the table limit: max Σ w_e x_e subject to
 * Σ_{e∋p} x_e ≤ cap_p, Σ x_e ≤ C, 0 ≤ x_e ≤ 1 (any valid schedule is a feasible point). Solved exactly
 * as a min-cost flow on the bipartite double cover: source → p (capacity cap_p) → q' for each pair pq
 * in both directions (capacity 1, cost −w/2) → sink (capacity cap_q), at most 2C units, by successive
 * shortest paths (Dijkstra with potentials), stopping when the next path no longer gains.
 */
export function flowBound(pb: Problem): number {
  const { n, rounds: R } = pb;
  let capacity = 0;
  for (let r = 0; r < R; r++) {
    let attending = 0;
    for (let p = 0; p < n; p++) attending += pb.avail[p * R + r]!;
    capacity += Math.min(pb.tables, Math.floor(attending / 2));
  }
  const source = 2 * n;
  const sink = 2 * n + 1;
  const V = 2 * n + 2;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const next: number[] = [];
  const head = new Int32Array(V).fill(-1);
  const arc = (u: number, v: number, c: number, w: number) => {
    for (const [x, y, cc, ww] of [
      [u, v, c, w],
      [v, u, 0, -w],
    ] as const) {
      to.push(y);
      cap.push(cc);
      cost.push(ww);
      next.push(head[x]!);
      head[x] = to.length - 1;
    }
  };
  for (let p = 0; p < n; p++) {
    arc(source, p, pb.cap[p]!, 0);
    arc(n + p, sink, pb.cap[p]!, 0);
  }
  for (let e = 0; e < pb.weight.length; e++) {
    if (!pb.common[e]) continue;
    const w = pb.weight[e]! / 2;
    arc(pb.ea[e]!, n + pb.eb[e]!, 1, -w);
    arc(pb.eb[e]!, n + pb.ea[e]!, 1, -w);
  }
  // Potentials: shortest distances in the initial (acyclic) network.
  const pot = new Float64Array(V);
  for (let p = 0; p < n; p++) {
    for (let i = head[p]!; i >= 0; i = next[i]!) {
      if (cap[i]! > 0 && to[i]! >= n && to[i]! < 2 * n) pot[to[i]!] = Math.min(pot[to[i]!]!, cost[i]!);
    }
  }
  for (let q = n; q < 2 * n; q++) pot[sink] = Math.min(pot[sink]!, pot[q]!);

  const dist = new Float64Array(V);
  const via = new Int32Array(V);
  const done = new Uint8Array(V);
  const heap = new MinHeap();
  let flow = 0;
  let total = 0;
  while (flow < 2 * capacity) {
    // Dijkstra on reduced costs, binary heap with lazy deletion.
    dist.fill(Infinity);
    done.fill(0);
    dist[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      for (let i = head[u]!; i >= 0; i = next[i]!) {
        if (cap[i]! <= 0) continue;
        const v = to[i]!;
        const d = dist[u]! + Math.max(0, cost[i]! + pot[u]! - pot[v]!);
        if (d < dist[v]!) {
          dist[v] = d;
          via[v] = i;
          heap.push(d, v);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    const pathCost = dist[sink]! + pot[sink]! - pot[source]!;
    if (pathCost >= -1e-12) break;
    for (let v = 0; v < V; v++) if (dist[v]! < Infinity) pot[v]! += dist[v]!;
    let amount = 2 * capacity - flow;
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) amount = Math.min(amount, cap[via[v]!]!);
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) {
      cap[via[v]!]! -= amount;
      cap[via[v]! ^ 1]! += amount;
    }
    flow += amount;
    total -= pathCost * amount;
  }
  return total;
}

/** Binary min-heap of (key, node) pairs. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** The node with the smallest key (the heap must not be empty). */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const key = keys.pop()!;
    const node = nodes.pop()!;
    const size = keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= key) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}
