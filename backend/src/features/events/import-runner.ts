import type { Types } from 'mongoose';
import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { runImportJob } from './import.service';

/** Runs stored CSV imports in the background, off the request that started them. */
export interface ImportRunner {
  start(jobId: Types.ObjectId): void;
  /** Lets running imports end at their next batch (stored as failed `interrupted`) and waits for them. */
  stop(): Promise<void>;
}

export function createImportRunner(logger: Logger, events: DomainEventBus): ImportRunner {
  const running = new Set<Promise<void>>();
  let stopping = false;
  return {
    start(jobId) {
      const run: Promise<void> = runImportJob(jobId, events, () => stopping)
        .catch((err: unknown) => logger.error({ err, jobId: jobId.toString() }, 'CSV import failed'))
        .finally(() => running.delete(run));
      running.add(run);
    },
    async stop() {
      stopping = true;
      await Promise.all(running);
    },
  };
}
