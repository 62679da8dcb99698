export { runEvaluation, type EvaluationOptions, type EvaluationReport, type Scores } from './eval-harness';
export { formatReport, summarize } from './eval-report';
export {
  currentEngine,
  engineRanker,
  tagJaccard,
  bm25,
  RANK_DEPTH,
  type Ranker,
  type EngineBuild,
  type PerProfileCache,
} from './eval-rankers';
export { CORPUS_NAMES, type CorpusName } from './eval-corpus';
export { LABELLED_SETS, type LabelledSet } from './eval-registry';
export { splitViewers, type SplitName } from './eval-split';
