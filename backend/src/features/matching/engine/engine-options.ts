import type { FieldWeights } from './engine-types';
import { DEFAULT_KIND_RULES, type KindRules, type ScoreWeights, type SearchWeights } from './scoring';

export interface DiversityOptions {
  /** MMR trade-off: 1 = relevance only, 0 = novelty only. */
  lambda: number;
  /** How many top suggestions are re-ranked; the order past the pool is by score. */
  pool: number;
}

/**
 * How a field's terms are weighted (see RawVectorBuilder): fieldWeight × BM25 saturation with `k1`
 * and length normalisation `b` (per field key) around a fixed pivot length in terms (per field key).
 */
export interface TermWeighting {
  fieldWeights: FieldWeights;
  k1: number;
  lengthNormalisation: FieldWeights;
  lengthPivots: FieldWeights;
  /**
   * Every vector's L2 norm counts a pseudo-term of this weight: a vector of rare terms stays close to
   * unit length, while one of only ubiquitous terms (offers nothing but co-creation) stays close to
   * zero instead of being normalised up to full weight.
   */
  normSmoothing: number;
}

export interface EngineOptions extends TermWeighting {
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
  reasonsPerSuggestion: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  fieldWeights: { tags: 3, category: 2.5, needText: 2, headline: 1.5, description: 1 },
  k1: 1.2,
  // Tags and categories are sets: no length normalisation.
  lengthNormalisation: { tags: 0, category: 0, needText: 0.5, headline: 0.5, description: 0.75 },
  // Pivots: mean terms per field on the 300 demo profiles (seed 42).
  lengthPivots: { tags: 5, category: 2, needText: 7, headline: 8, description: 50 },
  // Chosen on the evaluation's tuning half inside the demo members (npm run eval:matching): 2–4
  // read alike, 4 a little better; the other weights tried there moved recall within noise.
  normSmoothing: 4,
  // seeksInInterests chosen on the tuning half inside the demo members: 0 → 0.411 recall@5, 1 → 0.457,
  // 2 → 0.480, 3 → 0.474, 4 → 0.465; the viewer's offers added the same way lowered it (0.462 at 1).
  score: { complementarity: 0.8, interests: 0.2, mutualFloor: 0.5, seeksInInterests: 2 },
  search: { offers: 0.45, seeks: 0.15, interests: 0.4 },
  kindRules: DEFAULT_KIND_RULES,
  diversity: { lambda: 0.75, pool: 50 },
  compaction: { minDeltaSlots: 1024, deltaFraction: 0.05, deadFraction: 0.1 },
  refreshDrift: 0.1,
  autoRefresh: true,
  reasonsPerSuggestion: 5,
};

export type EngineOptionsInput = {
  [K in keyof EngineOptions]?: EngineOptions[K] extends object ? Partial<EngineOptions[K]> : EngineOptions[K];
};

/** Defaults overridden one level deep; weights and pivots must be positive, b in [0, 1], k1 ≥ 0. */
export function resolveOptions(input: EngineOptionsInput = {}): EngineOptions {
  const d = DEFAULT_ENGINE_OPTIONS;
  const options: EngineOptions = {
    fieldWeights: { ...d.fieldWeights, ...input.fieldWeights },
    k1: input.k1 ?? d.k1,
    lengthNormalisation: { ...d.lengthNormalisation, ...input.lengthNormalisation },
    lengthPivots: { ...d.lengthPivots, ...input.lengthPivots },
    normSmoothing: input.normSmoothing ?? d.normSmoothing,
    score: { ...d.score, ...input.score },
    search: { ...d.search, ...input.search },
    kindRules: { ...d.kindRules, ...input.kindRules },
    diversity:
      input.diversity === false ? false : { ...(d.diversity || { lambda: 0.75, pool: 50 }), ...input.diversity },
    compaction: { ...d.compaction, ...input.compaction },
    refreshDrift: input.refreshDrift ?? d.refreshDrift,
    autoRefresh: input.autoRefresh ?? d.autoRefresh,
    reasonsPerSuggestion: input.reasonsPerSuggestion ?? d.reasonsPerSuggestion,
  };
  for (const [name, weight] of Object.entries(options.fieldWeights)) {
    if (!(weight > 0)) throw new RangeError(`fieldWeights.${name} must be > 0`);
  }
  for (const [name, pivot] of Object.entries(options.lengthPivots)) {
    if (!(pivot > 0)) throw new RangeError(`lengthPivots.${name} must be > 0`);
  }
  for (const [name, b] of Object.entries(options.lengthNormalisation)) {
    if (!(b >= 0 && b <= 1)) throw new RangeError(`lengthNormalisation.${name} must be in [0, 1]`);
  }
  if (!(options.k1 >= 0)) throw new RangeError('k1 must be ≥ 0');
  if (!(options.normSmoothing >= 0)) throw new RangeError('normSmoothing must be ≥ 0');
  return options;
}
