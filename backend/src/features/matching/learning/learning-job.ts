import type { Logger } from '../../../logger';
import type { MatchingIndex } from '../matching-index';
import { extractBehaviour } from './label-extraction';
import { historiesOf, mergeLabels } from './labels';
import type { LearnedRanking } from './model-store';
import { storeRerankModel } from './model-store';
import { MIN_TRAINING, trainReranker, type TrainingMinimum, type TrainingOutcome } from './reranker';

export interface LearningJobOptions {
  index: MatchingIndex;
  ranking: LearnedRanking;
  logger: Logger;
  /** How often to re-train (0 = only at start-up). */
  intervalMs: number;
  minimum?: TrainingMinimum;
}

/** Reads behaviour, trains, and stores and uses the model when there were enough labels. */
export async function trainFromBehaviour(options: Omit<LearningJobOptions, 'intervalMs'>): Promise<TrainingOutcome> {
  const { index, ranking, logger } = options;
  await index.ready();
  const events = await extractBehaviour({ profileOfUser: (userId) => index.profileIdOfUser(userId) });
  const labels = mergeLabels(events);
  const outcome = trainReranker(index.current, labels, options.minimum ?? MIN_TRAINING);
  if (outcome.model) {
    await storeRerankModel(outcome.model);
    ranking.trained(outcome.model, historiesOf(labels));
    logger.info({ figures: outcome.figures }, 'matching: learned re-rank trained');
  } else {
    logger.info({ figures: outcome.figures, reason: outcome.reason }, 'matching: learned re-rank not trained');
  }
  return outcome;
}

/**
 * Trains in the background at start-up (once the index is ready) and every `intervalMs`, one
 * training at a time; never on a request path. `stop()` ends the schedule and waits for a running one.
 */
export function startLearningJob(options: LearningJobOptions) {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = trainFromBehaviour(options)
      .catch((err: unknown) => options.logger.error({ err }, 'matching: training the re-rank failed'))
      .finally(() => (running = null));
  };
  run();
  const timer = options.intervalMs > 0 ? setInterval(run, options.intervalMs) : null;
  timer?.unref();
  return {
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
