import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { loadJapaneseAnalyser } from './engine';
import { MatchingIndex } from './matching-index';
import { matchingRouter } from './matching.routes';
import { registerSearchRanker } from './search-ranker';
import { LearnedRanking, startLearningJob } from './learning';

export { MatchingIndex } from './matching-index';
export type { LearnedRanking } from './learning';
export { registerExclusionSource, type ExclusionSource } from './exclusions';
export { FeedbackModel } from './feedback.model';
export { presentReasons, reasonSourceText, recordSourceText } from './matching.service';
export { matchStrength, rawScore100 } from './strength';
export { decodeOffset, encodeOffset } from './page-cursor';
export { tokenizeProfile, type EngineProfile, type Reason, type Suggestion } from './engine';

/** The learned re-rank's settings (see config: MATCHING_LEARNING, MATCHING_TRAIN…). */
export interface LearningSettings {
  enabled: boolean;
  train: boolean;
  trainIntervalMs: number;
  modelRefreshMs: number;
}

/**
 * The matching feature for one app: the index (built in the background), its router, the
 * directory's ranked search, and the learned re-rank (trained in the background when enabled).
 * `stop()` ends polling and training and unhooks everything. The Japanese dictionary loads here,
 * synchronously, so no profile save, search or index build waits for it later.
 */
export function setupMatching(deps: {
  events: DomainEventBus;
  logger: Logger;
  pollMs: number;
  index?: MatchingIndex;
  learning?: LearningSettings;
}) {
  const analyser = loadJapaneseAnalyser();
  deps.logger.info(
    { ms: Math.round(analyser.ms), rssMB: Math.round(analyser.rssBytes / 2 ** 20) },
    'matching: Japanese morphological analyser loaded',
  );
  const index = deps.index ?? new MatchingIndex({ events: deps.events, logger: deps.logger, pollMs: deps.pollMs });
  const unregister = registerSearchRanker(index);
  void index.start().catch((err: unknown) => deps.logger.error({ err }, 'matching index: build failed'));
  const settings = deps.learning;
  const ranking = settings?.enabled ? new LearnedRanking(settings.modelRefreshMs, deps.logger) : null;
  const job =
    ranking && settings?.train
      ? startLearningJob({ index, ranking, logger: deps.logger, intervalMs: settings.trainIntervalMs })
      : null;
  return {
    index,
    router: matchingRouter(index, ranking),
    learning: ranking ? { ranking, training: job !== null } : null,
    async stop() {
      unregister();
      await job?.stop();
      await index.stop();
    },
  };
}
