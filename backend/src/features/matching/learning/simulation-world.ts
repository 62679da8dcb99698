import { MatchingEngine, tokenizeProfile } from '../engine';
import { LABELLED_SETS, splitViewers, type SplitName } from '../eval';
import { buildCorpus, labelledProfiles } from '../eval/eval-corpus';

export interface SimulationWorld {
  engine: MatchingEngine;
  /** Labelled viewers and their true partners (the hand labels of every labelled set). */
  truth: ReadonlyMap<string, ReadonlySet<string>>;
  /** The evaluation's fixed split of those viewers: train on `tuning`, report `heldout`. */
  split: ReadonlyMap<string, SplitName>;
}

/**
 * The world of `npm run eval:matching`'s demo corpus: every labelled profile, saved as the API
 * saves it, among the members `npm run seed` creates, indexed as the API indexes them.
 */
export function buildSimulationWorld(): SimulationWorld {
  const corpus = buildCorpus('demo', labelledProfiles(LABELLED_SETS));
  const engine = MatchingEngine.build(corpus.profiles.map((p) => tokenizeProfile(p.profile)));
  const truth = new Map(
    LABELLED_SETS.flatMap((set) => Object.entries(set.labels)).map(([viewer, partners]) => [viewer, new Set(partners)]),
  );
  return { engine, truth, split: splitViewers(LABELLED_SETS) };
}
