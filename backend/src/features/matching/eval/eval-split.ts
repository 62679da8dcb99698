import type { LabelledSet } from './eval-registry';

export type SplitName = 'tuning' | 'heldout';

/**
 * The fixed split of labelled viewers. Viewers of a set the weights were tuned on are all tuning
 * viewers. The others are split per set and kind: sorted by id, they alternate held-out, tuning,
 * held-out… so each half gets the same mix of kinds and sets, the held-out half gets the odd one
 * out, and the rule depends on nothing the engine does. Tune only on `tuning`; report `heldout`.
 */
export function splitViewers(sets: readonly LabelledSet[]): Map<string, SplitName> {
  const split = new Map<string, SplitName>();
  for (const set of sets) {
    const kindOf = new Map(set.profiles.map((p) => [p.id, p.kind]));
    const viewers = Object.keys(set.labels).sort();
    if (set.tunedOn) {
      for (const id of viewers) split.set(id, 'tuning');
      continue;
    }
    const seenOfKind = new Map<string, number>();
    for (const id of viewers) {
      const kind = kindOf.get(id) ?? 'unknown';
      const seen = seenOfKind.get(kind) ?? 0;
      seenOfKind.set(kind, seen + 1);
      split.set(id, seen % 2 === 0 ? 'heldout' : 'tuning');
    }
  }
  return split;
}
