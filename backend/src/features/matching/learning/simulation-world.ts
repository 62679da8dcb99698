import { type Language, resolveTag, type UpsertProfileInput } from '@musubi/shared';
import { generateDemoProfiles } from '../../../seed';
import { type EngineProfile, MatchingEngine, tokenizeProfile } from '../engine';
import { EVAL_LABELS } from '../eval/eval-labels';
import { EVAL_PROFILES } from '../eval/eval-profiles';

/** How many demo profiles the simulated world mixes the labelled profiles into (the demo database). */
export const DEMO_DISTRACTORS = 300;

/** A demo profile as the server would index it (tags resolved as the server resolves typed tags). */
function demoEngineProfile(key: string, p: UpsertProfileInput): EngineProfile {
  const localized = (t: Partial<Record<Language, string>> | undefined) => ({ ja: t?.ja, en: t?.en });
  return {
    id: `demo-${key}`,
    kind: p.kind,
    tags: [...new Set((p.tags ?? []).flatMap((t) => resolveTag(t)?.id ?? []))],
    offers: (p.offers ?? []).map(({ category, text }) => ({ category, text: text ?? '' })),
    seeks: (p.seeks ?? []).map(({ category, text }) => ({ category, text: text ?? '' })),
    description: localized(p.description),
    headline: localized(p.headline),
    area: p.location.area,
    languages: [...p.languages],
    hidden: p.visibility === 'hidden',
  };
}

export interface SimulationWorld {
  engine: MatchingEngine;
  /** Labelled viewers and their true partners (the hand labels). */
  truth: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The hand-labelled profiles mixed into the demo profiles, indexed as the API indexes them. */
export function buildSimulationWorld(): SimulationWorld {
  const demo = generateDemoProfiles(DEMO_DISTRACTORS).map((d) => demoEngineProfile(d.key, d.profile));
  const engine = MatchingEngine.build([...EVAL_PROFILES, ...demo].map(tokenizeProfile));
  const truth = new Map(Object.entries(EVAL_LABELS).map(([viewer, partners]) => [viewer, new Set(partners)]));
  return { engine, truth };
}
