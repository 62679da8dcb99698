import { EVAL_LABELS } from './eval-labels';
import { EVAL_PROFILES, type EvalProfile } from './eval-profiles';

/** One hand-written labelled set: profiles and, per viewer, the partners a person would introduce. */
export interface LabelledSet {
  name: string;
  profiles: readonly EvalProfile[];
  labels: Readonly<Record<string, readonly string[]>>;
  /**
   * The engine's weights were tuned on this set's viewers, so they can only ever be tuning
   * viewers; the other sets' viewers are split between tuning and held-out (see `splitViewers`).
   */
  tunedOn: boolean;
}

/** Every labelled set the evaluation scores, in a fixed order (the split depends on it). */
export const LABELLED_SETS: readonly LabelledSet[] = [
  { name: 'core48', profiles: EVAL_PROFILES, labels: EVAL_LABELS, tunedOn: true },
];
