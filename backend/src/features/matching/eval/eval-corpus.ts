import { DEMO_ACCOUNTS } from '../../../seed/demo-accounts';
import { generateDemoProfiles } from '../../../seed/demo-profiles';
import type { DemoProfile } from '../../../seed/types';
import { evalProfileInput, normalizeForEngine, type NormalizedProfile } from './eval-normalize';
import type { LabelledSet } from './eval-registry';

export const CORPUS_NAMES = ['alone', 'demo', 'synthetic'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

/** The demo database `npm run seed` makes: the documented accounts plus this many generated members. */
export const DEMO_COUNT = 300;
export const SYNTHETIC_COUNT = 10_000;
/** Not the demo seed (42), so the synthetic members are other people than the demo ones. */
export const SYNTHETIC_SEED = 1014;

/** The labelled profiles with, around them, the distractors of one corpus. */
export interface Corpus {
  name: CorpusName;
  profiles: readonly NormalizedProfile[];
  labelled: number;
  distractors: number;
}

/** Every labelled set's profiles as saved through the profile API. */
export function labelledProfiles(sets: readonly LabelledSet[]): NormalizedProfile[] {
  return sets.flatMap((set) => set.profiles.map((p) => normalizeForEngine(evalProfileInput(p), p.id)));
}

/** Generated members as saved, under ids `<prefix>:<key>` that no labelled id can take. */
function distractorsFrom(members: readonly DemoProfile[], prefix: string): NormalizedProfile[] {
  return members.map((m) => normalizeForEngine(m.profile, `${prefix}:${m.key}`));
}

/** The members `npm run seed` creates (demo accounts with a profile, then the generated 300). */
export function demoDistractors(): NormalizedProfile[] {
  const accounts = DEMO_ACCOUNTS.flatMap((a) => (a.profile ? [{ ...a, profile: a.profile }] : []));
  return distractorsFrom([...accounts, ...generateDemoProfiles(DEMO_COUNT)], 'demo');
}

/** SYNTHETIC_COUNT members from the demo generator under another seed: same kind of text, other people. */
export function syntheticDistractors(count = SYNTHETIC_COUNT): NormalizedProfile[] {
  return distractorsFrom(generateDemoProfiles(count, SYNTHETIC_SEED), 'synthetic');
}

/** One corpus: the labelled profiles alone, or mixed into the demo or the synthetic members. */
export function buildCorpus(
  name: CorpusName,
  labelled: readonly NormalizedProfile[],
  options: { syntheticCount?: number } = {},
): Corpus {
  const distractors =
    name === 'alone' ? [] : name === 'demo' ? demoDistractors() : syntheticDistractors(options.syntheticCount);
  const ids = new Set<string>();
  for (const { profile } of [...labelled, ...distractors]) {
    if (ids.has(profile.id)) throw new Error(`duplicate profile id ${profile.id} in the ${name} corpus`);
    ids.add(profile.id);
  }
  return { name, profiles: [...labelled, ...distractors], labelled: labelled.length, distractors: distractors.length };
}
