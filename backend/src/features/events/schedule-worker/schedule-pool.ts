import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ScheduleProgress } from '../scheduler';
import type { ScheduleTask, ScheduleTaskResult } from './schedule.worker';

/**
 * From backend/dist (npm start, CI) the compiled worker loads as is; from TypeScript sources (Jest)
 * a small CommonJS entry registers an SWC require hook first (see schedule.worker.dev.cjs).
 */
const WORKER_FILE = path.join(
  __dirname,
  path.extname(__filename) === '.ts' ? 'schedule.worker.dev.cjs' : 'schedule.worker.js',
);

/** How much lower the worker threads' scheduling priority is than the main thread's (0–19). */
const WORKER_NICENESS = 10;

/** Time a task may take beyond its budget (greedy, the bound, the last iterations) before it is stopped. */
const OVERRUN_MS = 30_000;

export interface SchedulePool {
  /** Runs the optimiser in a worker thread; `onProgress` is called on the main thread as it goes. */
  run(task: Omit<ScheduleTask, 'progress'>, onProgress: (p: ScheduleProgress) => void): Promise<ScheduleTaskResult>;
  /** Worker threads alive now. */
  threads(): number;
  /** Stops the threads (running tasks are rejected). */
  destroy(): Promise<void>;
}

/** A piscina pool of `threads` worker threads for schedule generation. */
export function createSchedulePool({ threads }: { threads: number }): SchedulePool {
  const pool = new Piscina({
    filename: WORKER_FILE,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    // A lower priority for the optimiser's thread: on a busy machine the request loop and the
    // database get the CPU first (piscina applies it through @napi-rs/nice where installed).
    niceIncrement: WORKER_NICENESS,
  });
  return {
    async run(task, onProgress) {
      const { port1, port2 } = new MessageChannel();
      port1.on('message', onProgress);
      const signal = AbortSignal.timeout(task.timeBudgetMs + OVERRUN_MS);
      try {
        return (await pool.run({ ...task, progress: port2 }, { transferList: [port2], signal })) as ScheduleTaskResult;
      } finally {
        port1.close();
      }
    },
    threads: () => pool.threads.length,
    destroy: () => pool.destroy(),
  };
}
