/**
 * Automatic event schedule (rounds × tables): a pure, I/O-free optimiser. See buildSchedule.
 */
import { flowBound, upperBound } from './bound';
import { greedySchedule } from './greedy';
import { optimise } from './optimise';
import { buildProblem, type Problem } from './problem';
import type { ScheduleState } from './state';
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

const DEFAULT_TIME_BUDGET_MS = 2000;
const ITERATIONS_PER_PAIR = 60;
const MIN_ITERATIONS = 20000;

/**
 * Build a schedule that maximises Σ score + approvedBonus × (approved meetings) under the constraints
 * (one meeting per person per round, at most M each, only rounds they attend, at most T tables per
 * round, each pair at most once, locked meetings exactly as locked). Starts from plain greedy and
 * improves it by simulated annealing (optimise.ts), so `objective >= greedyObjective` always.
 * Throws ScheduleInputError when the input contradicts itself (e.g. two locked meetings at one table).
 */
export function buildSchedule(input: ScheduleInput, options: ScheduleOptions = {}): ScheduleResult {
  const started = performance.now();
  const pb = buildProblem(input, options.approvedBonus);
  const state = greedySchedule(pb);
  const greedy = totals(pb, state);
  const greedyDone = performance.now();
  const bound = Math.min(upperBound(pb), flowBound(pb));
  const boundDone = performance.now();
  const stats = optimise(state, {
    stopAt: bound,
    seed: options.seed ?? 1,
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    maxIterations: options.maxIterations ?? Math.max(MIN_ITERATIONS, ITERATIONS_PER_PAIR * pb.weight.length),
  });
  const optimised = performance.now();
  const final = totals(pb, state);
  const meetings = assignTables(pb, state);
  let approvedPairs = 0;
  let approvedPlaced = 0;
  for (let e = 0; e < pb.weight.length; e++) {
    if (pb.approved[e]) {
      approvedPairs++;
      if (state.roundOf[e]! >= 0) approvedPlaced++;
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
      unplacedApproved: unplacedApproved(pb, state),
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
