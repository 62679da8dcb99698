import { MatchingEngine, tokenizeProfile, type EngineProfile, type EngineOptionsInput } from '../engine';

/**
 * A profile for engine tests with nothing but what the test gives it: no tags, needs or text, in
 * Yokohama, written in Japanese and English.
 */
export function tinyProfile(
  id: string,
  kind: EngineProfile['kind'],
  fields: Partial<EngineProfile> = {},
): EngineProfile {
  return {
    id,
    kind,
    tags: [],
    offers: [],
    seeks: [],
    headline: {},
    description: {},
    area: 'yokohama',
    languages: ['ja', 'en'],
    ...fields,
  };
}

/** An engine over a handful of profiles, tokenised as the app tokenises them. */
export function tinyEngine(profiles: readonly EngineProfile[], options?: EngineOptionsInput): MatchingEngine {
  return MatchingEngine.build(profiles.map(tokenizeProfile), options);
}
