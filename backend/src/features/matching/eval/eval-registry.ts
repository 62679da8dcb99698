import { EVAL_LABELS } from './eval-labels';
import { EVAL_LABELS_A } from './eval-labels-a';
import { EVAL_LABELS_B } from './eval-labels-b';
import { EVAL_PROFILES, type EvalProfile } from './eval-profiles';
import { EVAL_SET_A } from './eval-set-a';
import { EVAL_SET_B } from './eval-set-b';

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
  { name: 'set-a', profiles: EVAL_SET_A, labels: EVAL_LABELS_A, tunedOn: false },
  { name: 'set-b', profiles: EVAL_SET_B, labels: EVAL_LABELS_B, tunedOn: false },
];
