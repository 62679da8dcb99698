/**
 * Automatic event schedule: the public data shapes. Rounds and tables are numbered from 1, as the
 * organiser and the participants see them. Everything here is plain data (no database types).
 */

export interface ScheduleParticipant {
  id: string;
  /** One entry per round (index 0 is round 1): false when the participant is away. Default: all available. */
  available?: readonly boolean[];
}

export interface CandidatePair {
  a: string;
  b: string;
  /** The matching engine's score, 0–1 or 0–100 (the scale is detected from the largest score). */
  score: number;
  /** Approved by the organiser (always wanted); otherwise a suggestion (used only with fillWithSuggestions). */
  approved: boolean;
}

/** A meeting the organiser fixed: kept exactly (round and table), whatever the optimiser would prefer. */
export interface LockedMeeting {
  a: string;
  b: string;
  round: number;
  table: number;
}

export interface ScheduleInput {
  participants: readonly ScheduleParticipant[];
  rounds: number;
  tablesPerRound: number;
  maxMeetingsPerPerson: number;
  pairs: readonly CandidatePair[];
  locked?: readonly LockedMeeting[];
  /** Also place suggested (non-approved) pairs in the remaining capacity. Default false. */
  fillWithSuggestions?: boolean;
}

export interface ScheduleOptions {
  /** Seed of the optimiser's random choices (default 1): same input, seed and iterations, same schedule. */
  seed?: number;
  /** Wall-clock cap on the improvement phase (default 5000 ms); 0 returns the greedy schedule. */
  timeBudgetMs?: number;
  /**
   * Iteration cap on the improvement phase (default 80 per candidate pair, at least 20 000). A run
   * stopped by this cap is reproducible; one stopped by `timeBudgetMs` depends on the machine's speed.
   */
  maxIterations?: number;
  /**
   * Added to an approved pair's score in the objective (default: the score scale, 1 or 100). With the
   * default, one approved meeting outweighs any single suggested one, so suggestions only ever fill
   * capacity that approved pairs cannot use.
   */
  approvedBonus?: number;
  /**
   * Called as the work goes on (after greedy, after the bound, and every few hundred iterations of
   * the improvement phase), so a caller off the main thread can show how far it is.
   */
  onProgress?: (progress: ScheduleProgress) => void;
}

/** How far a buildSchedule run is: its phase and the share of the improvement budget used (0–1). */
export interface ScheduleProgress {
  phase: 'bound' | 'optimise';
  fraction: number;
  elapsedMs: number;
}

export interface ScheduledMeeting {
  a: string;
  b: string;
  round: number;
  table: number;
  score: number;
  approved: boolean;
  locked: boolean;
}

export type UnplacedReason =
  /** The two are never available in the same round. */
  | 'no-common-round'
  /** `person` already has as many meetings as allowed (or as rounds they attend), all worth more. */
  | 'meeting-limit'
  /** In every round both attend, all tables are taken by meetings worth more. */
  | 'tables-full'
  /** In every round both attend, one of them is already meeting someone (or the tables are full). */
  | 'rounds-busy';

export interface UnplacedPair {
  a: string;
  b: string;
  score: number;
  reason: UnplacedReason;
  /** For meeting-limit: whose limit. */
  person?: string;
}

export interface ScheduleDiagnostics {
  /** Approved pairs without a meeting, best first, with why they did not fit. */
  unplacedApproved: UnplacedPair[];
  approvedPairs: number;
  approvedPlaced: number;
  iterations: number;
  acceptedMoves: number;
  improvingMoves: number;
  /** optimal: the objective reached the upper bound, so no better schedule exists. */
  stoppedBy: 'iterations' | 'time' | 'no-moves' | 'optimal';
  greedyMs: number;
  boundMs: number;
  optimiseMs: number;
  totalMs: number;
}

export interface ScheduleResult {
  /** Sorted by round, then table. */
  meetings: ScheduledMeeting[];
  /** Σ score + approvedBonus × (approved meetings placed): what the optimiser maximises. */
  objective: number;
  /** Σ score of the placed meetings (no bonus). */
  totalScore: number;
  /** The same objective for plain greedy (pairs by weight, first round where both are free) on the same input. */
  greedyObjective: number;
  greedyTotalScore: number;
  /**
   * A proven upper bound on the objective of any valid schedule (the better of a Lagrangian bound and
   * the fractional b-matching LP with the table limit, see bound.ts): objective / upperBound is a
   * guaranteed optimality ratio.
   */
  upperBound: number;
  approvedBonus: number;
  diagnostics: ScheduleDiagnostics;
}

/** The input contradicts itself (unknown ids, locked meetings that break a constraint, bad sizes). */
export class ScheduleInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid schedule input: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}`);
    this.name = 'ScheduleInputError';
  }
}
