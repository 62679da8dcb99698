import type { Problem } from './problem';
import { mulberry32 } from './random';
import type { ScheduleState } from './state';

export interface OptimiseSettings {
  seed: number;
  timeBudgetMs: number;
  maxIterations: number;
  /** Stop as soon as the objective reaches this (a proven upper bound: nothing better exists). */
  stopAt: number;
  /** Only these edges may be scheduled or moved (default: all); the others stay as they are. */
  only?: Uint8Array;
  /** Called with the iterations done so far each time the clock is read (every 256 iterations). */
  onTick?: (iterations: number) => void;
}

export interface OptimiseStats {
  iterations: number;
  acceptedMoves: number;
  improvingMoves: number;
  stoppedBy: 'iterations' | 'time' | 'no-moves' | 'optimal';
}

const EPS = 1e-9;
/** Members of a full round looked at when one must make room (the cheapest of them leaves). */
const TOURNAMENT = 3;
/**
 * Start temperature as a fraction of the mean score of a meeting. Tried 0 to 1 on the benchmark event
 * and on a version with 100 tables: 0–0.05 do best; pushing ejected meetings on into other rounds
 * (longer ejection chains) did worse than re-placing them where they fit.
 */
const START_TEMPERATURE = 0.05;
/** Longest Kempe chain tried (meetings moved). */
const MAX_KEMPE = 2 * 8 + 16;

/**
 * Simulated annealing over ejection moves, from the state it is given (the greedy schedule), keeping
 * the best schedule seen, so the result is never worse than the start. One move:
 *   1. pick a pair (a random participant's pair, biased to their best ones) or a scheduled meeting;
 *      an unscheduled pair whose two people both have room is first tried by a Kempe chain (swap two
 *      rounds along a path of meetings to free a round for both), which only ever adds the pair;
 *   2. put it into a random round both attend (moving it there if already scheduled), ejecting what is
 *      in the way: whoever either of them meets in that round, the cheapest of a few meetings of the
 *      round when no table is free, the cheapest other meeting of whoever is at their meeting limit;
 *   3. repair: re-place each ejected meeting in any round where it fits, then give everyone who lost a
 *      meeting their best unscheduled pairs that fit without ejecting anything;
 *   4. accept if the objective did not drop, or with probability exp(Δ / temperature); else roll back.
 * Locked meetings are never ejected or moved. The temperature falls from 5% of the mean meeting
 * score to zero over the budget (iterations or time, whichever runs out first).
 */
export function optimise(state: ScheduleState, settings: OptimiseSettings): OptimiseStats {
  const pb: Problem = state.pb;
  const { rounds: R, n } = pb;
  const E = pb.weight.length;
  const stats: OptimiseStats = { iterations: 0, acceptedMoves: 0, improvingMoves: 0, stoppedBy: 'iterations' };
  const { only } = settings;
  const movable = (e: number) => pb.lockedRound[e]! < 0 && pb.common[e] === 1 && (!only || only[e] === 1);

  // Rounds each movable edge can use.
  const commonStart = new Int32Array(E + 1);
  const commonList: number[] = [];
  let movableCount = 0;
  for (let e = 0; e < E; e++) {
    if (movable(e)) {
      movableCount++;
      const a = pb.ea[e]! * R;
      const b = pb.eb[e]! * R;
      for (let r = 0; r < R; r++) if (pb.avail[a + r] && pb.avail[b + r]) commonList.push(r);
    }
    commonStart[e + 1] = commonList.length;
  }
  const commonRounds = Int32Array.from(commonList);
  if (state.objective >= settings.stopAt - EPS) return { ...stats, stoppedBy: 'optimal' };
  if (movableCount === 0 || settings.maxIterations <= 0 || settings.timeBudgetMs <= 0) {
    return { ...stats, stoppedBy: 'no-moves' };
  }
  const hasMovable = new Uint8Array(n);
  for (let e = 0; e < E; e++) if (movable(e)) hasMovable[pb.ea[e]!] = hasMovable[pb.eb[e]!] = 1;
  const people = Int32Array.from({ length: n }, (_, p) => p).filter((p) => hasMovable[p] === 1);

  const random = mulberry32(settings.seed);
  const below = (k: number) => Math.floor(random() * k);
  const started = performance.now();
  let placedWeight = 0;
  let placed = 0;
  for (let e = 0; e < E; e++) {
    if (state.roundOf[e]! >= 0) {
      placedWeight += pb.weight[e]! - (pb.approved[e] ? pb.approvedBonus : 0);
      placed++;
    }
  }
  const startTemperature = placed > 0 ? (START_TEMPERATURE * placedWeight) / placed : START_TEMPERATURE * pb.scale;

  let best = state.objective;
  const bestRounds = state.roundOf.slice();
  const ejected: number[] = [];
  const refill: number[] = [];

  /** The cheapest unlocked meeting of p outside round `skip`, or -1. */
  const cheapestOf = (p: number, skip: number): number => {
    let found = -1;
    for (let r = 0; r < R; r++) {
      const f = state.seat[p * R + r]!;
      if (r !== skip && f >= 0 && pb.lockedRound[f]! < 0 && (found < 0 || pb.weight[f]! < pb.weight[found]!)) {
        found = f;
      }
    }
    return found;
  };
  /** The cheapest of a few random unlocked meetings of round r (all of them if the sample finds none), or -1. */
  const victimIn = (r: number): number => {
    const base = r * pb.tables;
    const used = state.used[r]!;
    let found = -1;
    for (let i = 0; i < TOURNAMENT; i++) {
      const f = state.members[base + below(used)]!;
      if (pb.lockedRound[f]! < 0 && (found < 0 || pb.weight[f]! < pb.weight[found]!)) found = f;
    }
    if (found >= 0) return found;
    for (let i = 0; i < used; i++) {
      const f = state.members[base + i]!;
      if (pb.lockedRound[f]! < 0 && (found < 0 || pb.weight[f]! < pb.weight[found]!)) found = f;
    }
    return found;
  };
  const eject = (f: number) => {
    state.unplace(f);
    ejected.push(f);
  };

  /** Put e into round r, ejecting what is in the way; false when a locked meeting is in the way. */
  const insert = (e: number, r: number): boolean => {
    const a = pb.ea[e]!;
    const b = pb.eb[e]!;
    for (const p of [a, b]) {
      const f = state.seat[p * R + r]!;
      if (f >= 0) {
        if (pb.lockedRound[f]! >= 0) return false;
        eject(f);
      }
    }
    if (state.used[r]! >= pb.tables) {
      const f = victimIn(r);
      if (f < 0) return false;
      eject(f);
    }
    for (const p of [a, b]) {
      if (state.count[p]! >= pb.cap[p]!) {
        const f = cheapestOf(p, r);
        if (f < 0) return false;
        eject(f);
      }
    }
    state.place(e, r);
    return true;
  };

  const refillPerson = (p: number) => {
    for (let i = pb.adjStart[p]!; i < pb.adjStart[p + 1]! && state.count[p]! < pb.cap[p]!; i++) {
      const e = pb.adj[i]!;
      if (state.roundOf[e] === -1 && movable(e)) state.placeAnywhere(e, below(R));
    }
  };

  /**
   * Kempe chain: frees q's round r by swapping rounds r and r2 along the path of meetings that
   * alternates between the two rounds from q (who must be free in r2). The meetings stay the same, only
   * their rounds change. False when a meeting on the path cannot move (locked, someone away in the
   * other round, no table left, path too long); the caller then rolls back.
   */
  const kempe = (q: number, r: number, r2: number): boolean => {
    let f = state.seat[q * R + r]!;
    if (f < 0) return true;
    if (!movable(f)) return false;
    state.unplace(f);
    let x = q;
    let to = r2;
    let other = r;
    for (let steps = 0; ; steps++) {
      const y = pb.ea[f] === x ? pb.eb[f]! : pb.ea[f]!;
      if (steps > MAX_KEMPE || !pb.avail[x * R + to] || !pb.avail[y * R + to] || state.seat[x * R + to] !== -1) {
        return false;
      }
      const g = state.seat[y * R + to]!;
      if (g >= 0) {
        if (!movable(g)) return false;
        state.unplace(g);
      }
      if (state.used[to]! >= pb.tables) return false;
      state.place(f, to);
      if (g < 0) return true;
      f = g;
      x = y;
      [to, other] = [other, to];
    }
  };

  /** For unscheduled e whose two people both have room: a round both attend where one is busy, made free by a Kempe chain. */
  const kempeInsert = (e: number): boolean => {
    const a = pb.ea[e]!;
    const b = pb.eb[e]!;
    if (state.count[a]! >= pb.cap[a]! || state.count[b]! >= pb.cap[b]!) return false;
    const first = commonStart[e]!;
    const choices = commonStart[e + 1]! - first;
    const offset = below(choices);
    for (let i = 0; i < choices; i++) {
      const r = commonRounds[first + ((offset + i) % choices)]!;
      const busyA = state.seat[a * R + r]! >= 0;
      const busyB = state.seat[b * R + r]! >= 0;
      if (busyA === busyB || state.used[r]! >= pb.tables) continue;
      const q = busyA ? a : b;
      const start = below(R);
      for (let j = 0; j < R; j++) {
        const r2 = (start + j) % R;
        if (r2 === r || !pb.avail[q * R + r2] || state.seat[q * R + r2] !== -1) continue;
        if (kempe(q, r, r2) && state.fits(e, r)) {
          state.place(e, r);
          return true;
        }
        state.rollback();
      }
      return false;
    }
    return false;
  };

  let elapsed = 0;
  for (;;) {
    if (stats.iterations >= settings.maxIterations) break;
    if ((stats.iterations & 255) === 0) {
      elapsed = performance.now() - started;
      settings.onTick?.(stats.iterations);
      if (elapsed >= settings.timeBudgetMs) {
        stats.stoppedBy = 'time';
        break;
      }
    }
    stats.iterations++;
    const progress = Math.max(stats.iterations / settings.maxIterations, elapsed / settings.timeBudgetMs);
    const temperature = startTemperature * (1 - progress) * (1 - progress);

    // 1. What to move.
    let e: number;
    if (random() < 0.5) {
      const p = people[below(people.length)]!;
      const start = pb.adjStart[p]!;
      const degree = pb.adjStart[p + 1]! - start;
      const u = random();
      e = pb.adj[start + Math.floor(degree * u * u)]!;
    } else {
      const r = below(R);
      if (state.used[r] === 0) continue;
      e = state.members[r * pb.tables + below(state.used[r]!)]!;
    }
    if (!movable(e)) continue;
    const from = state.roundOf[e]!;
    const choices = commonStart[e + 1]! - commonStart[e]!;
    const to = commonRounds[commonStart[e]! + below(choices)]!;
    if (to === from) continue;

    const before = state.objective;
    state.mark();
    if (from < 0 && kempeInsert(e)) {
      // An unscheduled pair whose two people both had room, placed by re-colouring a chain of meetings.
    } else {
      // 2. Move it, ejecting what is in the way.
      state.rollback();
      ejected.length = 0;
      if (from >= 0) state.unplace(e);
      if (!insert(e, to)) {
        state.rollback();
        continue;
      }

      // 3. Repair.
      refill.length = 0;
      for (let i = 0; i < ejected.length; i++) {
        const f = ejected[i]!;
        if (state.placeAnywhere(f, below(R))) continue;
        refill.push(pb.ea[f]!, pb.eb[f]!);
      }
      if (from >= 0) refill.push(pb.ea[e]!, pb.eb[e]!);
      for (const p of refill) refillPerson(p);
    }

    // 4. Accept or roll back.
    const delta = state.objective - before;
    if (delta >= -EPS || (temperature > 0 && random() < Math.exp(delta / temperature))) {
      stats.acceptedMoves++;
      if (state.objective > best + EPS) {
        stats.improvingMoves++;
        best = state.objective;
        bestRounds.set(state.roundOf);
        if (best >= settings.stopAt - EPS) {
          stats.stoppedBy = 'optimal';
          break;
        }
      }
    } else {
      state.rollback();
    }
  }

  if (state.objective < best - EPS) state.restore(bestRounds);
  // Whatever still fits without moving anything (cannot lower the objective).
  for (const e of pb.order) if (state.roundOf[e] === -1 && movable(e)) state.placeAnywhere(e);
  state.mark();
  return stats;
}
