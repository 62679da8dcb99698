import { ceilings, vocabularyGaps, type Ceiling, type VocabularyGaps } from './eval-ceiling';
import { buildCorpus, labelledProfiles, type CorpusName } from './eval-corpus';
import { pairLanguage, textLanguage, type PairLanguage } from './eval-language';
import { mean, ndcgAt, recallAt, reciprocalRank } from './eval-metrics';
import { LABELLED_SETS, type LabelledSet } from './eval-registry';
import type { Ranker } from './eval-rankers';
import { splitViewers, type SplitName } from './eval-split';

/** Per-pair recall of the labelled pairs of one language relation (a pair is found when in the top k). */
export interface PairScores {
  pairs: number;
  recall5: number;
  recall10: number;
}

/** One ranker's figures on one split of one corpus: means over viewers, then per-pair recall. */
export interface Scores {
  viewers: number;
  recall5: number;
  recall10: number;
  ndcg10: number;
  mrr: number;
  cross: PairScores;
  same: PairScores;
}

export interface CorpusResult {
  corpus: CorpusName;
  labelled: number;
  distractors: number;
  /** Split → ranker name → scores. */
  scores: Partial<Record<SplitName, Record<string, Scores>>>;
  /** With `details`: the first ranker's top 10 for each tuning viewer (never for held-out ones). */
  tuningDetails: ViewerDetail[];
  ms: number;
}

export interface ViewerDetail {
  viewer: string;
  partners: readonly string[];
  top: string[];
}

export interface SplitSize {
  viewers: number;
  pairs: number;
  cross: number;
  same: number;
}

export interface EvaluationReport {
  rankers: string[];
  splits: Partial<Record<SplitName, SplitSize>>;
  corpora: CorpusResult[];
  /** Per split: the labelled pairs no ranking over the engine's terms can reach (see eval-ceiling.ts). */
  ceilings: Ceiling[];
  /** With `gaps`: the tuning half's unbridged Japanese words and unmet English ones. */
  gaps?: VocabularyGaps;
}

export interface EvaluationOptions {
  rankers: readonly Ranker[];
  sets?: readonly LabelledSet[];
  corpora?: readonly CorpusName[];
  splits?: readonly SplitName[];
  syntheticCount?: number;
  /**
   * Keep the first ranker's top 10 per tuning viewer, to see what tuning misses. Held-out viewers
   * are never listed: reading their rankings is tuning on them.
   */
  details?: boolean;
  /** List the tuning half's unbridged Japanese words and English words that miss their counterparts. */
  gaps?: boolean;
}

interface Pair {
  viewer: string;
  partner: string;
  language: PairLanguage;
}

const pairScores = (pairs: readonly Pair[], found: (pair: Pair, k: number) => boolean): PairScores => ({
  pairs: pairs.length,
  recall5: pairs.length ? pairs.filter((p) => found(p, 5)).length / pairs.length : 0,
  recall10: pairs.length ? pairs.filter((p) => found(p, 10)).length / pairs.length : 0,
});

/**
 * Scores every ranker on every corpus: the labelled profiles alone, inside the demo members and
 * inside the synthetic ones. Each corpus's index is built once per ranker; every labelled viewer of
 * the requested splits is then asked for one page of suggestions.
 */
export async function runEvaluation(options: EvaluationOptions): Promise<EvaluationReport> {
  const sets = options.sets ?? LABELLED_SETS;
  const splitNames = options.splits ?? (['heldout', 'tuning'] as const);
  const labelled = labelledProfiles(sets);
  const languageOf = new Map(labelled.map((p) => [p.profile.id, textLanguage(p.profile)]));
  const labels = new Map(sets.flatMap((s) => Object.entries(s.labels)));
  const split = splitViewers(sets);
  const viewersOf = (name: SplitName) => [...labels.keys()].filter((v) => split.get(v) === name).sort();
  const pairsOf = (viewers: readonly string[]): Pair[] =>
    viewers.flatMap((viewer) =>
      labels.get(viewer)!.map((partner) => ({
        viewer,
        partner,
        language: pairLanguage(languageOf.get(viewer) ?? 'none', languageOf.get(partner) ?? 'none'),
      })),
    );

  const splits: EvaluationReport['splits'] = {};
  for (const name of splitNames) {
    const pairs = pairsOf(viewersOf(name));
    splits[name] = {
      viewers: viewersOf(name).length,
      pairs: pairs.length,
      cross: pairs.filter((p) => p.language === 'cross').length,
      same: pairs.filter((p) => p.language === 'same').length,
    };
  }

  const corpora: CorpusResult[] = [];
  for (const corpusName of options.corpora ?? ['alone', 'demo', 'synthetic']) {
    const started = Date.now();
    const corpus = buildCorpus(corpusName, labelled, { syntheticCount: options.syntheticCount });
    const scores: CorpusResult['scores'] = {};
    const tuningDetails: ViewerDetail[] = [];
    for (const ranker of options.rankers) {
      const rank = await ranker.prepare(corpus);
      for (const name of splitNames) {
        const viewers = viewersOf(name);
        if (viewers.length === 0) continue;
        const ranked = new Map(viewers.map((v) => [v, rank(v)]));
        if (options.details && name === 'tuning' && ranker === options.rankers[0]) {
          for (const v of viewers)
            tuningDetails.push({ viewer: v, partners: labels.get(v)!, top: ranked.get(v)!.slice(0, 10) });
        }
        const relevant = (v: string) => new Set(labels.get(v));
        const pairs = pairsOf(viewers);
        const found = (p: Pair, k: number) => ranked.get(p.viewer)!.slice(0, k).includes(p.partner);
        (scores[name] ??= {})[ranker.name] = {
          viewers: viewers.length,
          recall5: mean(viewers.map((v) => recallAt(5, ranked.get(v)!, relevant(v)))),
          recall10: mean(viewers.map((v) => recallAt(10, ranked.get(v)!, relevant(v)))),
          ndcg10: mean(viewers.map((v) => ndcgAt(10, ranked.get(v)!, relevant(v)))),
          mrr: mean(viewers.map((v) => reciprocalRank(ranked.get(v)!, relevant(v)))),
          cross: pairScores(
            pairs.filter((p) => p.language === 'cross'),
            found,
          ),
          same: pairScores(
            pairs.filter((p) => p.language === 'same'),
            found,
          ),
        };
      }
    }
    corpora.push({
      corpus: corpusName,
      labelled: corpus.labelled,
      distractors: corpus.distractors,
      scores,
      tuningDetails,
      ms: Date.now() - started,
    });
  }
  return {
    rankers: options.rankers.map((r) => r.name),
    splits,
    corpora,
    ceilings: ceilings(sets, labelled, split, splitNames),
    gaps: options.gaps ? vocabularyGaps(sets, labelled, split, 'tuning') : undefined,
  };
}
