import { createRng, type Rng } from '../../../seed/prng';
import type { MatchingEngine } from '../engine';
import { type BehaviourEvent, historiesOf, type MemberHistory, mergeLabels } from './labels';
import { RERANK_POOL, type RerankModel, rerank, trainReranker, type TrainingMinimum } from './reranker';
import { buildSimulationWorld } from './simulation-world';

/** How simulated members behave (probabilities per suggestion seen). */
export interface BehaviourModel {
  /** A true partner on the page is saved. */
  save: number;
  /** Of the saved ones, a meeting is held. */
  meet: number;
  /** Anyone else on the page is dismissed. */
  dismiss: number;
  /** Of the others not dismissed, "not now". */
  notNow: number;
  /** Suggestions seen per session (the first pages). */
  shown: number;
  /** Sessions of training members; held-out members with history had one. */
  sessions: number;
}

export const DEFAULT_BEHAVIOUR: BehaviourModel = {
  save: 0.7,
  meet: 0.5,
  dismiss: 0.5,
  notNow: 0.2,
  shown: 20,
  sessions: 3,
};

/**
 * One member's sessions: each shows the engine's first `shown` suggestions, without what the member
 * dismissed or put off (as the API does); the member reacts to what it has not reacted to yet.
 */
export function simulateMember(
  engine: MatchingEngine,
  viewerId: string,
  partners: ReadonlySet<string>,
  behaviour: BehaviourModel,
  sessions: number,
  rng: Rng,
): BehaviourEvent[] {
  const events: BehaviourEvent[] = [];
  const reacted = new Set<string>();
  const hidden: string[] = [];
  for (let s = 0; s < sessions; s++) {
    const page = engine.suggest(viewerId, { limit: behaviour.shown, exclude: hidden }).items;
    for (const { id } of page) {
      if (reacted.has(id)) continue;
      const event = (kind: BehaviourEvent['kind']) => events.push({ viewerId, candidateId: id, kind });
      if (partners.has(id)) {
        if (!rng.chance(behaviour.save)) continue;
        reacted.add(id);
        event('save');
        if (rng.chance(behaviour.meet)) event('meeting-held');
      } else if (rng.chance(behaviour.dismiss)) {
        reacted.add(id);
        hidden.push(id);
        event('dismiss');
      } else if (rng.chance(behaviour.notNow)) {
        reacted.add(id);
        hidden.push(id);
        event('not-now');
      }
    }
  }
  return events;
}

export interface Metrics {
  recallAt5: number;
  recallAt10: number;
  mrr: number;
  members: number;
}

interface Ranking {
  ranked: string[];
  relevant: ReadonlySet<string>;
}

function metricsOf(rankings: readonly Ranking[]): Metrics {
  const scored = rankings.filter((r) => r.relevant.size > 0);
  const recall = (r: Ranking, k: number) =>
    r.ranked.slice(0, k).filter((id) => r.relevant.has(id)).length / Math.min(k, r.relevant.size);
  const rr = (r: Ranking) => {
    const i = r.ranked.findIndex((id) => r.relevant.has(id));
    return i < 0 ? 0 : 1 / (i + 1);
  };
  const mean = (f: (r: Ranking) => number) => scored.reduce((s, r) => s + f(r), 0) / Math.max(1, scored.length);
  return {
    recallAt5: mean((r) => recall(r, 5)),
    recallAt10: mean((r) => recall(r, 10)),
    mrr: mean(rr),
    members: scored.length,
  };
}

/** Engine alone and engine + learned re-rank, on the same members and rankings. */
export interface ArmPair {
  engine: Metrics;
  learned: Metrics;
}

export interface SimulationResult {
  seeds: number[];
  trainingMembers: number;
  heldOutMembers: number;
  /** Per seed: labels the model was trained on, and whether it met the minimum. */
  training: { seed: number; labels: number; positives: number; negatives: number; trained: boolean }[];
  /** Held-out members after one session of their own (partners not found yet count). */
  withHistory: ArmPair;
  /** The same held-out members with no history at all (all their partners count). */
  coldStart: ArmPair;
  /** Per seed, the same comparisons (to see that no seed's model hurt cold-start members). */
  perSeed: { seed: number; withHistory: ArmPair; coldStart: ArmPair }[];
  model: RerankModel | null;
}

export interface SimulationOptions {
  seeds?: readonly number[];
  behaviour?: BehaviourModel;
  minimum?: TrainingMinimum;
  /** At most this many training members (the first in id order): for the learning curve. */
  trainingMembers?: number;
}

/**
 * Trains on the behaviour of the evaluation's tuning viewers and reports recall@5/10 and MRR on held-out
 * members (its held-out viewers), engine alone versus engine + learned re-rank, averaged over `seeds` (each seed simulates
 * the behaviour anew and trains its own model). A held-out member's own behaviour is never trained on.
 */
export function runLearningSimulation(options: SimulationOptions = {}): SimulationResult {
  const { engine, truth, split } = buildSimulationWorld();
  const behaviour = options.behaviour ?? DEFAULT_BEHAVIOUR;
  const seeds = options.seeds ?? [1, 2, 3, 4, 5];
  const viewers = [...truth.keys()].sort();
  const heldOut = viewers.filter((v) => split.get(v) === 'heldout');
  const training = viewers.filter((v) => split.get(v) === 'tuning').slice(0, options.trainingMembers);
  const arms = {
    withHistory: { engine: [] as Ranking[], learned: [] as Ranking[] },
    coldStart: { engine: [] as Ranking[], learned: [] as Ranking[] },
  };
  const trainingFigures: SimulationResult['training'] = [];
  const perSeed: SimulationResult['perSeed'] = [];
  let lastModel: RerankModel | null = null;
  for (const seed of seeds) {
    const rng = createRng(seed);
    // Held-out members' own behaviour has its own stream: the same whatever the training set.
    const heldOutRng = createRng(seed + 1_000_003);
    const events = training.flatMap((v) =>
      simulateMember(engine, v, truth.get(v)!, behaviour, behaviour.sessions, rng),
    );
    const outcome = trainReranker(engine, mergeLabels(events), options.minimum);
    trainingFigures.push({ seed, ...outcome.figures, trained: outcome.model !== null });
    const model = outcome.model;
    lastModel = model ?? lastModel;
    for (const v of heldOut) {
      const partners = truth.get(v)!;
      const ownEvents = simulateMember(engine, v, partners, behaviour, 1, heldOutRng);
      const history = historiesOf(mergeLabels(ownEvents)).get(v);
      const hidden = (history?.negatives ?? []).filter((id) => !partners.has(id));
      const unfound = new Set([...partners].filter((id) => !history?.positives.includes(id)));
      const compare = (
        arm: (typeof arms)['coldStart'],
        exclude: string[],
        h: MemberHistory | undefined,
        relevant: ReadonlySet<string>,
      ) => {
        const items = engine.suggest(v, { limit: RERANK_POOL, exclude }).items;
        arm.engine.push({ ranked: items.map((s) => s.id), relevant });
        const reordered = model ? rerank(engine, v, items, model, h) : items;
        arm.learned.push({ ranked: reordered.map((s) => s.id), relevant });
      };
      compare(arms.withHistory, hidden, history, unfound);
      compare(arms.coldStart, [], undefined, partners);
    }
    const last = (rankings: Ranking[]) => metricsOf(rankings.slice(-heldOut.length));
    perSeed.push({
      seed,
      withHistory: { engine: last(arms.withHistory.engine), learned: last(arms.withHistory.learned) },
      coldStart: { engine: last(arms.coldStart.engine), learned: last(arms.coldStart.learned) },
    });
  }
  return {
    seeds: [...seeds],
    trainingMembers: training.length,
    heldOutMembers: heldOut.length,
    training: trainingFigures,
    withHistory: { engine: metricsOf(arms.withHistory.engine), learned: metricsOf(arms.withHistory.learned) },
    coldStart: { engine: metricsOf(arms.coldStart.engine), learned: metricsOf(arms.coldStart.learned) },
    perSeed,
    model: lastModel,
  };
}
