/**
 * Runs in a piscina worker thread (see schedule-pool.ts): the optimiser, off the main event loop.
 * Progress goes back through the task's MessagePort at most every PROGRESS_EVERY_MS.
 */
import type { MessagePort } from 'node:worker_threads';
import {
  buildSchedule,
  ScheduleInputError,
  type ScheduleInput,
  type ScheduleProgress,
  type ScheduleResult,
} from '../scheduler';

export interface ScheduleTask {
  input: ScheduleInput;
  seed: number;
  timeBudgetMs: number;
  progress?: MessagePort;
}

/** A result, or the locked meetings' problems (an Error's own fields do not cross threads). */
export type ScheduleTaskResult = { ok: true; result: ScheduleResult } | { ok: false; problems: string[] };

const PROGRESS_EVERY_MS = 100;

export default function runScheduleTask({ input, seed, timeBudgetMs, progress }: ScheduleTask): ScheduleTaskResult {
  let lastSent = -Infinity;
  let lastPhase = '';
  const onProgress = progress
    ? (p: ScheduleProgress) => {
        const now = performance.now();
        if (p.phase === lastPhase && now - lastSent < PROGRESS_EVERY_MS && p.fraction < 1) return;
        lastSent = now;
        lastPhase = p.phase;
        progress.postMessage(p);
      }
    : undefined;
  try {
    return { ok: true, result: buildSchedule(input, { seed, timeBudgetMs, onProgress }) };
  } catch (err) {
    if (err instanceof ScheduleInputError) return { ok: false, problems: err.problems };
    throw err;
  }
}
