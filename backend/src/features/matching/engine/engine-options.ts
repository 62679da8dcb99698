import type { FieldWeights } from './engine-types';
import { DEFAULT_KIND_RULES, type KindRules, type ScoreWeights, type SearchWeights } from './scoring';

export interface DiversityOptions {
  /** MMR trade-off: 1 = relevance only, 0 = novelty only. */
  lambda: number;
  /** How many top suggestions are re-ranked; the order past the pool is by score. */
  pool: number;
}

/**
 * Pruned mode, with impacts relative to the query's largest possible single contribution:
 * complementarity postings of impact ≥ `nominate` nominate candidates, postings of impact ≥ `refine`
 * complete their partial scores, and the best `rerank` are scored exactly. A query whose posting
 * lists hold fewer than `exactBelow` postings is answered exactly: pruning would cost about as much.
 */
export interface PruningOptions {
  nominate: number;
  refine: number;
  rerank: number;
  exactBelow: number;
}

export interface EngineOptions {
  fieldWeights: FieldWeights;
  score: ScoreWeights;
  search: SearchWeights;
  kindRules: KindRules;
  /** MMR re-ranking of the top suggestions (similarity = cosine of interests vectors); false = off. */
  diversity: DiversityOptions | false;
  /**
   * The delta segment is merged into the main one once it holds more than
   * max(minDeltaSlots, deltaFraction × main) profiles, or tombstones exceed deadFraction of all slots.
   */
  compaction: { minDeltaSlots: number; deltaFraction: number; deadFraction: number };
  /** Idf is frozen at build; refresh it (with a compaction) when the profile count moved by more than this. */
  refreshDrift: number;
  /** Refresh inside upsert/remove when the drift is exceeded; off = the caller calls refresh(). */
  autoRefresh: boolean;
  pruning: PruningOptions;
  reasonsPerSuggestion: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  fieldWeights: { tags: 3, category: 2.5, needText: 2, headline: 1.5, description: 1 },
  score: { complementarity: 0.8, interests: 0.2, mutualFloor: 0.5 },
  search: { offers: 0.45, seeks: 0.15, interests: 0.4 },
  kindRules: DEFAULT_KIND_RULES,
  diversity: { lambda: 0.75, pool: 50 },
  compaction: { minDeltaSlots: 1024, deltaFraction: 0.05, deadFraction: 0.1 },
  refreshDrift: 0.1,
  autoRefresh: true,
  pruning: { nominate: 0.14, refine: 0.04, rerank: 50, exactBelow: 50_000 },
  reasonsPerSuggestion: 5,
};

export type EngineOptionsInput = {
  [K in keyof EngineOptions]?: EngineOptions[K] extends object ? Partial<EngineOptions[K]> : EngineOptions[K];
};

/** Defaults overridden one level deep; weights must be positive so every field counts. */
export function resolveOptions(input: EngineOptionsInput = {}): EngineOptions {
  const d = DEFAULT_ENGINE_OPTIONS;
  const options: EngineOptions = {
    fieldWeights: { ...d.fieldWeights, ...input.fieldWeights },
    score: { ...d.score, ...input.score },
    search: { ...d.search, ...input.search },
    kindRules: { ...d.kindRules, ...input.kindRules },
    diversity:
      input.diversity === false ? false : { ...(d.diversity || { lambda: 0.75, pool: 50 }), ...input.diversity },
    compaction: { ...d.compaction, ...input.compaction },
    refreshDrift: input.refreshDrift ?? d.refreshDrift,
    autoRefresh: input.autoRefresh ?? d.autoRefresh,
    pruning: { ...d.pruning, ...input.pruning },
    reasonsPerSuggestion: input.reasonsPerSuggestion ?? d.reasonsPerSuggestion,
  };
  for (const [name, weight] of Object.entries(options.fieldWeights)) {
    if (!(weight > 0)) throw new RangeError(`fieldWeights.${name} must be > 0`);
  }
  return options;
}
