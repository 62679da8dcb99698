import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { loadJapaneseAnalyser } from './engine';
import { MatchingIndex } from './matching-index';
import { matchingRouter } from './matching.routes';
import { registerSearchRanker } from './search-ranker';

export { MatchingIndex } from './matching-index';
export { registerExclusionSource, type ExclusionSource } from './exclusions';
export { FeedbackModel } from './feedback.model';
export { presentReasons, reasonSourceText } from './matching.service';
export { matchStrength, rawScore100 } from './strength';
export { decodeOffset, encodeOffset } from './page-cursor';
export { tokenizeProfile, type EngineProfile, type Reason, type Suggestion } from './engine';

/**
 * The matching feature for one app: the index (built in the background), its router, and the
 * directory's ranked search. `stop()` ends polling and unhooks everything. The Japanese dictionary
 * loads here, synchronously, so no profile save, search or index build waits for it later.
 */
export function setupMatching(deps: { events: DomainEventBus; logger: Logger; pollMs: number; index?: MatchingIndex }) {
  const analyser = loadJapaneseAnalyser();
  deps.logger.info(
    { ms: Math.round(analyser.ms), rssMB: Math.round(analyser.rssBytes / 2 ** 20) },
    'matching: Japanese morphological analyser loaded',
  );
  const index = deps.index ?? new MatchingIndex({ events: deps.events, logger: deps.logger, pollMs: deps.pollMs });
  const unregister = registerSearchRanker(index);
  void index.start().catch((err: unknown) => deps.logger.error({ err }, 'matching index: build failed'));
  return {
    index,
    router: matchingRouter(index),
    async stop() {
      unregister();
      await index.stop();
    },
  };
}
