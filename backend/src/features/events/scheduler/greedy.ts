import type { Problem } from './problem';
import { ScheduleState } from './state';

/** Locked meetings where the organiser put them. */
export function placeLocked(state: ScheduleState): void {
  const { pb } = state;
  for (let e = 0; e < pb.lockedRound.length; e++) if (pb.lockedRound[e]! >= 0) state.place(e, pb.lockedRound[e]!);
}

/**
 * The baseline: locked meetings first, then pairs by weight (approved first, then by score), each into
 * the first round where both are free, both are under their meeting limit and a table is left.
 */
export function greedySchedule(pb: Problem): ScheduleState {
  const state = new ScheduleState(pb);
  placeLocked(state);
  for (const e of pb.order) if (pb.lockedRound[e]! < 0 && pb.common[e]) state.placeAnywhere(e);
  state.mark();
  return state;
}
