export { LearnedRanking, loadRerankModel, storeRerankModel, MatchingModelModel } from './model-store';
export { startLearningJob, trainFromBehaviour } from './learning-job';
export { extractBehaviour } from './label-extraction';
export { mergeLabels, historiesOf, type BehaviourEvent, type PairLabel, type MemberHistory } from './labels';
export { rerank, trainReranker, RERANK_POOL, MIN_TRAINING, type RerankModel } from './reranker';
export { trainLogistic, logit, type LogisticModel } from './trainer';
export { learnedSuggestionPage, currentHistory } from './learned-page';
