/**
 * What members did, as labels of (viewer profile, candidate profile) pairs. The extractor (from the
 * database) and the simulation (from simulated members) both produce `BehaviourEvent`s; `mergeLabels`
 * turns them into one label per pair, so both go through the same rules.
 */
export type BehaviourKind =
  'save' | 'dismiss' | 'not-now' | 'meeting-accepted' | 'meeting-held' | 'meeting-declined' | 'conversation-replied';

export interface BehaviourEvent {
  viewerId: string;
  candidateId: string;
  kind: BehaviourKind;
}

/**
 * Sign and weight of each behaviour. A held meeting is the strongest sign that a suggestion was
 * right; a save is an intention; a dismissal is a clear "no", "not now" and a declined request only a
 * weak one (timing or capacity may be the reason).
 */
export const BEHAVIOUR_WEIGHTS: Readonly<Record<BehaviourKind, number>> = {
  'meeting-held': 2,
  'meeting-accepted': 1.5,
  'conversation-replied': 1.5,
  save: 1,
  dismiss: -1,
  'not-now': -0.5,
  'meeting-declined': -0.5,
};

export interface PairLabel {
  viewerId: string;
  candidateId: string;
  /** 1 = a partner worth suggesting, 0 = not. */
  label: 0 | 1;
  /** How much the label counts in training. */
  weight: number;
}

/**
 * One label per pair: any positive behaviour wins over negative ones (a member who met someone after
 * "not now" found them worth it), and the strongest behaviour of the winning sign sets the weight.
 * Ordered by viewer, then candidate, so training is deterministic.
 */
export function mergeLabels(events: Iterable<BehaviourEvent>): PairLabel[] {
  const strongest = new Map<string, { viewerId: string; candidateId: string; w: number }>();
  for (const e of events) {
    if (e.viewerId === e.candidateId) continue;
    const w = BEHAVIOUR_WEIGHTS[e.kind];
    const key = `${e.viewerId}\u0000${e.candidateId}`;
    const seen = strongest.get(key);
    const better =
      !seen || (w > 0 && seen.w < 0) || (Math.sign(w) === Math.sign(seen.w) && Math.abs(w) > Math.abs(seen.w));
    if (better) strongest.set(key, { viewerId: e.viewerId, candidateId: e.candidateId, w });
  }
  return [...strongest.values()]
    .sort((a, b) => cmp(a.viewerId, b.viewerId) || cmp(a.candidateId, b.candidateId))
    .map(({ viewerId, candidateId, w }) => ({ viewerId, candidateId, label: w > 0 ? 1 : 0, weight: Math.abs(w) }));
}

/** Each viewer's positive and negative candidates (a member's history, for history features). */
export interface MemberHistory {
  positives: string[];
  negatives: string[];
}

export function historiesOf(labels: readonly PairLabel[]): Map<string, MemberHistory> {
  const out = new Map<string, MemberHistory>();
  for (const l of labels) {
    let h = out.get(l.viewerId);
    if (!h) out.set(l.viewerId, (h = { positives: [], negatives: [] }));
    (l.label === 1 ? h.positives : h.negatives).push(l.candidateId);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
