export { tokenizeText, normalizeText, TOKENIZER_VERSION } from './tokenize';
export { tokenizeProfile } from './profile-tokens';
export { loadJapaneseAnalyser, type AnalyserLoad } from './japanese-analyser';
export { japaneseWordFor } from './reader-words';
export {
  TOKEN_FIELDS,
  type EngineProfile,
  type ProfileTokens,
  type TokenField,
  type FieldWeights,
} from './engine-types';
export { MatchingEngine } from './matching-engine';
export type {
  QueryMode,
  CandidateFilters,
  PageOptions,
  SuggestOptions,
  SearchOptions,
  Suggestion,
  SearchHit,
  ProfileFacts,
  Page,
  EngineStats,
} from './engine-api';
export {
  DEFAULT_ENGINE_OPTIONS,
  type EngineOptions,
  type EngineOptionsInput,
  type DiversityOptions,
  type TermWeighting,
} from './engine-options';
export { DEFAULT_KIND_RULES, type KindRules, type ScoreWeights, type SearchWeights } from './scoring';
export type { QueryStats } from './query-types';
export type { Reason, ReasonType } from './reasons';
export { explainReasons, type ReasonLabels, type ReasonLanguage } from './explain';
