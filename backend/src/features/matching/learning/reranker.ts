import type { MatchingEngine, Suggestion } from '../engine';
import { FEATURE_NAMES, pairFeatures } from './features';
import { historiesOf, type MemberHistory, type PairLabel } from './labels';
import { type LogisticModel, logLoss, logit, trainLogistic } from './trainer';

/** How many of the engine's top suggestions a model may reorder (three pages of ten). */
export const RERANK_POOL = 30;

/**
 * Enough labels to learn from. In the simulation (`npm run eval:learning`, `trainingMembers`
 * option, seeds 1–3) models trained on 4–8 members (7–15 positives) made cold-start members worse
 * in every seed; from 12 members (17–20 positives) on, no seed was worse on recall@5, recall@10 or
 * MRR. 30 of each class from 10 members leaves a margin for real behaviour being noisier than
 * simulated, and ten members keep one member's taste from becoming everyone's.
 */
export const MIN_TRAINING = { positives: 30, negatives: 30, members: 10 } as const;
export type TrainingMinimum = { positives: number; negatives: number; members: number };

export interface TrainingFigures {
  labels: number;
  positives: number;
  negatives: number;
  members: number;
  /** Weighted mean log-loss on the training labels. */
  logLoss: number;
  /** Share of (positive, negative) pairs of one member the model orders right (training data). */
  pairAccuracy: number;
}

/** A trained re-rank, as stored. */
export interface RerankModel {
  version: 1;
  features: readonly string[];
  /** For members with history. */
  model: LogisticModel;
  /**
   * For members without history: the same labels with the history features left out, so its
   * weights are the best ranking without them rather than the first model missing two inputs.
   */
  figures: TrainingFigures;
  trainedAt: Date;
}

export type TrainingOutcome =
  | { model: RerankModel; figures: TrainingFigures }
  | { model: null; figures: Omit<TrainingFigures, 'logLoss' | 'pairAccuracy'>; reason: string };

/**
 * Trains a re-rank from labelled pairs over the engine's current index. Each row's history features
 * come from the member's other labels (never the row's own), so at use time the same features mean
 * the same thing. Null (with the reason) below `minimum`.
 */
export function trainReranker(
  engine: MatchingEngine,
  labels: readonly PairLabel[],
  minimum: TrainingMinimum = MIN_TRAINING,
  now = new Date(),
): TrainingOutcome {
  const usable = labels.filter((l) => engine.has(l.viewerId) && engine.has(l.candidateId));
  const positives = usable.filter((l) => l.label === 1).length;
  const members = new Set(usable.map((l) => l.viewerId)).size;
  const counts = { labels: usable.length, positives, negatives: usable.length - positives, members };
  if (positives < minimum.positives || counts.negatives < minimum.negatives || members < minimum.members) {
    return { model: null, figures: counts, reason: 'not enough labels' };
  }
  const histories = historiesOf(usable);
  const rows: Float64Array[] = [];
  const rowLabels: (0 | 1)[] = [];
  const weights: number[] = [];
  const viewers: string[] = [];
  let current = '';
  let top = 0;
  for (const l of usable) {
    if (l.viewerId !== current) top = topScoreOf(engine, (current = l.viewerId));
    const history = histories.get(l.viewerId)!;
    const others = {
      positives: history.positives.filter((id) => id !== l.candidateId),
      negatives: history.negatives.filter((id) => id !== l.candidateId),
    };
    rows.push(pairFeatures(engine, l.viewerId, [l.candidateId], top, others)[0]!);
    rowLabels.push(l.label);
    weights.push(l.weight);
    viewers.push(l.viewerId);
  }
  const set = { rows, labels: rowLabels, weights };
  const model = trainLogistic(set);
  const figures: TrainingFigures = {
    ...counts,
    logLoss: logLoss(model, set),
    pairAccuracy: pairAccuracy(model, set.rows, set.labels, viewers),
  };
  return { model: { version: 1, features: [...FEATURE_NAMES], model, figures, trainedAt: now }, figures };
}

/** The viewer's best engine score (for the relative-score feature); 0 when nothing matches. */
export function topScoreOf(engine: MatchingEngine, viewerId: string): number {
  return engine.suggest(viewerId, { limit: 1, diversity: false }).items[0]?.score ?? 0;
}

/**
 * `ranked` (the engine's order, best first) with its first RERANK_POOL items reordered by the
 * model's score; ties keep the engine's order, and the rest stays where it was. A member without
 * history keeps the engine's order: a model of global weights learned without the history features
 * raised their recall a little but lowered their MRR inside the demo members (0.697 → 0.670, one
 * seed of the simulation), and cold-start members must never be worse off.
 */
export function rerank<T extends Pick<Suggestion, 'id' | 'score' | 'parts'>>(
  engine: MatchingEngine,
  viewerId: string,
  ranked: readonly T[],
  model: RerankModel,
  history: MemberHistory | undefined,
): T[] {
  const pool = ranked.slice(0, RERANK_POOL);
  const cold = !history || (history.positives.length === 0 && history.negatives.length === 0);
  if (cold || pool.length < 2 || model.features.join() !== FEATURE_NAMES.join()) return [...ranked];
  // The pool holds the best-scored suggestion (MMR always picks it first): no second query.
  const top = Math.max(...pool.map((s) => s.score));
  const rows = pairFeatures(
    engine,
    viewerId,
    pool.map((s) => s.id),
    top,
    history,
    pool.map((s) => ({ ...s.parts, score: s.score })),
  );
  const scored = pool.map((item, i) => ({ item, i, z: logit(model.model, rows[i]!) }));
  scored.sort((a, b) => b.z - a.z || a.i - b.i);
  return [...scored.map((s) => s.item), ...ranked.slice(RERANK_POOL)];
}

function pairAccuracy(
  model: LogisticModel,
  rows: readonly Float64Array[],
  labels: readonly (0 | 1)[],
  viewers: readonly string[],
): number {
  const byViewer = new Map<string, { pos: number[]; neg: number[] }>();
  rows.forEach((r, i) => {
    let v = byViewer.get(viewers[i]!);
    if (!v) byViewer.set(viewers[i]!, (v = { pos: [], neg: [] }));
    (labels[i] === 1 ? v.pos : v.neg).push(logit(model, r));
  });
  let right = 0;
  let total = 0;
  for (const { pos, neg } of byViewer.values()) {
    for (const p of pos) {
      for (const n of neg) {
        total++;
        right += p > n ? 1 : p === n ? 0.5 : 0;
      }
    }
  }
  return total === 0 ? 0 : right / total;
}
