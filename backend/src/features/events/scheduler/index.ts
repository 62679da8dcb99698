/**
 * Automatic event schedule (rounds × tables): a pure, I/O-free optimiser. See buildSchedule.
 */
import { flowBound, upperBound } from './bound';
import { greedySchedule, placeLocked } from './greedy';
import { optimise, type OptimiseSettings, type OptimiseStats } from './optimise';
import { buildProblem, type Problem } from './problem';
import { ScheduleState } from './state';
import type {
  ScheduleInput,
  ScheduleOptions,
  ScheduleResult,
  ScheduledMeeting,
  UnplacedPair,
  UnplacedReason,
} from './types';

export * from './types';
export { validateSchedule } from './validate';

const DEFAULT_TIME_BUDGET_MS = 5000;
const ITERATIONS_PER_PAIR = 80;
const MIN_ITERATIONS = 20000;

/**
 * Build a schedule that maximises Σ score + approvedBonus × (approved meetings) under the constraints
 * (one meeting per person per round, at most M each, only rounds they attend, at most T tables per
 * round, each pair at most once, locked meetings exactly as locked). Computes plain greedy, improves
 * on it by simulated annealing over ejection moves (optimise.ts; approved pairs first, see improve) and
 * keeps the better, so `objective >= greedyObjective` always; `upperBound` says how far from optimal.
 * Throws ScheduleInputError when the input contradicts itself (e.g. two locked meetings at one table).
 */
export function buildSchedule(input: ScheduleInput, options: ScheduleOptions = {}): ScheduleResult {
  const started = performance.now();
  const pb = buildProblem(input, options.approvedBonus);
  const state = greedySchedule(pb);
  const greedy = totals(pb, state);
  const greedyDone = performance.now();
  options.onProgress?.({ phase: 'bound', fraction: 0, elapsedMs: greedyDone - started });
  const bound = Math.min(upperBound(pb), flowBound(pb));
  const boundDone = performance.now();
  const settings: OptimiseSettings = {
    stopAt: bound,
    seed: options.seed ?? 1,
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    maxIterations: options.maxIterations ?? Math.max(MIN_ITERATIONS, ITERATIONS_PER_PAIR * pb.weight.length),
  };
  const report = options.onProgress;
  if (report) {
    // The share of the improvement phase used: by iterations or by the clock, whichever is further.
    report({ phase: 'optimise', fraction: 0, elapsedMs: boundDone - started });
    let before = 0;
    let last = 0;
    settings.onTick = (iterations) => {
      if (iterations < last) before += last;
      last = iterations;
      const now = performance.now();
      const fraction = Math.max(
        (before + iterations) / settings.maxIterations,
        (now - boundDone) / settings.timeBudgetMs,
      );
      report({ phase: 'optimise', fraction: Math.min(1, fraction), elapsedMs: now - started });
    };
  }
  const { state: best, stats } = improve(pb, state, settings);
  const optimised = performance.now();
  const final = totals(pb, best);
  const meetings = assignTables(pb, best);
  let approvedPairs = 0;
  let approvedPlaced = 0;
  for (let e = 0; e < pb.weight.length; e++) {
    if (pb.approved[e]) {
      approvedPairs++;
      if (best.roundOf[e]! >= 0) approvedPlaced++;
    }
  }
  return {
    meetings,
    objective: final.objective,
    totalScore: final.score,
    greedyObjective: greedy.objective,
    greedyTotalScore: greedy.score,
    upperBound: bound,
    approvedBonus: pb.approvedBonus,
    diagnostics: {
      unplacedApproved: unplacedApproved(pb, best),
      approvedPairs,
      approvedPlaced,
      iterations: stats.iterations,
      acceptedMoves: stats.acceptedMoves,
      improvingMoves: stats.improvingMoves,
      stoppedBy: stats.stoppedBy,
      greedyMs: greedyDone - started,
      boundMs: boundDone - greedyDone,
      optimiseMs: optimised - boundDone,
      totalMs: performance.now() - started,
    },
  };
}

/**
 * The improvement phase. When approved pairs carry a bonus and suggestions are also in play, it runs in
 * two stages: first approved pairs alone (a smaller problem, where the bonus lives), from their own
 * greedy schedule, with 30% of the budget; then suggestions fill the rest greedily and everything is
 * optimised together. The result replaces the greedy schedule only if it is at least as good.
 */
function improve(
  pb: Problem,
  greedy: ScheduleState,
  settings: OptimiseSettings,
): { state: ScheduleState; stats: OptimiseStats } {
  const approvedOnly = new Uint8Array(pb.weight.length);
  let approved = 0;
  for (let e = 0; e < pb.weight.length; e++) {
    approvedOnly[e] = pb.approved[e]!;
    approved += pb.approved[e]!;
  }
  const suggested = pb.weight.length - approved;
  const noBudget = settings.maxIterations <= 0 || settings.timeBudgetMs <= 0;
  if (noBudget || pb.approvedBonus <= 0 || approved === 0 || suggested === 0) {
    return { state: greedy, stats: optimise(greedy, settings) };
  }
  const started = performance.now();
  const state = new ScheduleState(pb);
  placeLocked(state);
  for (const e of pb.order) if (approvedOnly[e] && pb.lockedRound[e]! < 0 && pb.common[e]) state.placeAnywhere(e);
  const first = optimise(state, {
    ...settings,
    stopAt: Infinity,
    only: approvedOnly,
    maxIterations: Math.floor(settings.maxIterations * 0.3),
    timeBudgetMs: settings.timeBudgetMs * 0.3,
  });
  for (const e of pb.order)
    if (state.roundOf[e] === -1 && pb.lockedRound[e]! < 0 && pb.common[e]) state.placeAnywhere(e);
  state.mark();
  const second = optimise(state, {
    ...settings,
    seed: settings.seed + 1,
    maxIterations: settings.maxIterations - first.iterations,
    timeBudgetMs: Math.max(0, settings.timeBudgetMs - (performance.now() - started)),
  });
  const stats: OptimiseStats = {
    iterations: first.iterations + second.iterations,
    acceptedMoves: first.acceptedMoves + second.acceptedMoves,
    improvingMoves: first.improvingMoves + second.improvingMoves,
    stoppedBy: second.stoppedBy,
  };
  return { state: state.objective >= greedy.objective - 1e-9 ? state : greedy, stats };
}

/** Objective and score, summed afresh (no drift from the optimiser's running total). */
function totals(pb: Problem, state: ScheduleState): { objective: number; score: number } {
  let objective = 0;
  let score = 0;
  for (const e of pb.order) {
    if (state.roundOf[e]! >= 0) {
      objective += pb.weight[e]!;
      score += pb.score[e]!;
    }
  }
  return { objective, score };
}

/** Locked meetings at their tables; the rest, best first, at the lowest free tables. */
function assignTables(pb: Problem, state: ScheduleState): ScheduledMeeting[] {
  const { tables } = pb;
  const taken = new Uint8Array(pb.rounds * tables);
  const tableOf = new Int32Array(pb.weight.length).fill(-1);
  for (let e = 0; e < pb.weight.length; e++) {
    const r = state.roundOf[e]!;
    if (r >= 0 && pb.lockedRound[e]! >= 0) {
      tableOf[e] = pb.lockedTable[e]!;
      taken[r * tables + pb.lockedTable[e]!] = 1;
    }
  }
  const next = new Int32Array(pb.rounds);
  for (const e of pb.order) {
    const r = state.roundOf[e]!;
    if (r < 0 || tableOf[e]! >= 0) continue;
    while (taken[r * tables + next[r]!]) next[r]!++;
    tableOf[e] = next[r]!;
    taken[r * tables + next[r]!] = 1;
  }
  const meetings: ScheduledMeeting[] = [];
  for (const e of pb.order) {
    const r = state.roundOf[e]!;
    if (r < 0) continue;
    meetings.push({
      a: pb.ids[pb.ea[e]!]!,
      b: pb.ids[pb.eb[e]!]!,
      round: r + 1,
      table: tableOf[e]! + 1,
      score: pb.score[e]!,
      approved: pb.approved[e] === 1,
      locked: pb.lockedRound[e]! >= 0,
    });
  }
  return meetings.sort((x, y) => x.round - y.round || x.table - y.table);
}

function unplacedApproved(pb: Problem, state: ScheduleState): UnplacedPair[] {
  const R = pb.rounds;
  const out: UnplacedPair[] = [];
  for (const e of pb.order) {
    if (!pb.approved[e] || state.roundOf[e]! >= 0) continue;
    const a = pb.ea[e]!;
    const b = pb.eb[e]!;
    const pair = { a: pb.ids[a]!, b: pb.ids[b]!, score: pb.score[e]! };
    let reason: UnplacedReason;
    let person: number | undefined;
    if (!pb.common[e]) reason = 'no-common-round';
    else if (state.count[a]! >= pb.cap[a]! || state.count[b]! >= pb.cap[b]!) {
      reason = 'meeting-limit';
      person = state.count[a]! >= pb.cap[a]! ? a : b;
    } else {
      let tablesOnly = true;
      for (let r = 0; r < R; r++) {
        if (!pb.avail[a * R + r] || !pb.avail[b * R + r]) continue;
        if (state.seat[a * R + r]! >= 0 || state.seat[b * R + r]! >= 0) tablesOnly = false;
      }
      reason = tablesOnly ? 'tables-full' : 'rounds-busy';
    }
    out.push(person === undefined ? { ...pair, reason } : { ...pair, reason, person: pb.ids[person]! });
  }
  return out;
}
