import { MatchingEngine, tokenizeProfile, tokenizeText, type EngineProfile } from '../engine';
import { PRODUCTION_ENGINE_OPTIONS } from '../matching-index';
import { canViewProfile } from '../../profiles';
import { Bm25Index, wholeText } from './eval-bm25';
import type { Corpus } from './eval-corpus';
import { mayMeet, rankByTagJaccard } from './eval-metrics';

/** How deep every ranking goes: one page of suggestions as the API serves it by default. */
export const RANK_DEPTH = 20;

/**
 * One value per profile: computes those it has not seen (`compute` gets them and returns their
 * values in order) and reuses what an earlier run computed for the same profile with the same code
 * (the script keeps tokens on disk: tokenising 10k profiles takes a minute or more).
 */
export type PerProfileCache = <T>(
  profiles: readonly EngineProfile[],
  compute: (missing: readonly EngineProfile[]) => Promise<T[]>,
) => Promise<T[]>;
const noCache: PerProfileCache = (profiles, compute) => compute(profiles);

/** A ranked list of candidate ids for a viewer id, best first, at most RANK_DEPTH long. */
export type Ranking = (viewerId: string) => string[];

/** Something that ranks partners: prepared once per corpus, then asked for every viewer. */
export interface Ranker {
  name: string;
  prepare(corpus: Corpus): Promise<Ranking>;
}

/** The compiled engine of some build: its tokenizer and its index, built as the app builds it. */
export interface EngineBuild<T> {
  tokenizeProfile(p: EngineProfile): T | Promise<T>;
  build(tokens: T[]): { suggest(viewerId: string, options: { limit: number }): { items: readonly { id: string }[] } };
}

const SIGNED_IN_MEMBER = { userId: 'evaluation-viewer', isAdmin: false };

/**
 * Whether the suggestions service shows `candidate` to a signed-in member: what `loadVisible`
 * drops after the engine has ranked (profiles the viewer may not open, hidden ones).
 */
function shownToMember(p: Corpus['profiles'][number]): boolean {
  return p.visibility !== 'hidden' && canViewProfile({ userId: 'owner', visibility: p.visibility }, SIGNED_IN_MEMBER);
}

/**
 * An engine as the suggestions API uses it: every profile tokenised, one index build, then
 * `suggest` with the production defaults (kind rules, MMR) for a page of RANK_DEPTH, and what the
 * service would not show dropped.
 */
export function engineRanker<T>(name: string, engine: EngineBuild<T>, cache: PerProfileCache = noCache): Ranker {
  return {
    name,
    async prepare(corpus) {
      const profiles = corpus.profiles.map((p) => p.profile);
      const tokens = await cache(profiles, (missing) => Promise.all(missing.map((p) => engine.tokenizeProfile(p))));
      const index = engine.build(tokens);
      const shown = new Set(corpus.profiles.filter(shownToMember).map((p) => p.profile.id));
      return (viewerId) =>
        index
          .suggest(viewerId, { limit: RANK_DEPTH })
          .items.map((s) => s.id)
          .filter((id) => shown.has(id));
    },
  };
}

/** This build's engine with the options the app's matching index uses. */
export const currentEngine = (cache?: PerProfileCache): Ranker =>
  engineRanker(
    'engine',
    { tokenizeProfile, build: (tokens) => MatchingEngine.build(tokens, PRODUCTION_ENGINE_OPTIONS) },
    cache,
  );

/** Candidates a baseline may rank for a viewer: those the product lets meet and would show. */
function candidatesOf(corpus: Corpus) {
  const byId = new Map(corpus.profiles.map((p) => [p.profile.id, p]));
  const shown = corpus.profiles.filter(shownToMember).map((p) => p.profile);
  return {
    viewer(id: string): EngineProfile {
      const p = byId.get(id);
      if (!p) throw new Error(`viewer ${id} is not in the ${corpus.name} corpus`);
      return p.profile;
    },
    mayBeShown: (viewer: EngineProfile) => shown.filter((c) => mayMeet(viewer, c)),
  };
}

/** Ranking by Jaccard similarity of tag sets (the tags-only baseline). */
export const tagJaccard = (): Ranker => ({
  name: 'tag-jaccard',
  async prepare(corpus) {
    const candidates = candidatesOf(corpus);
    return (viewerId) => {
      const viewer = candidates.viewer(viewerId);
      return rankByTagJaccard(viewer, candidates.mayBeShown(viewer)).slice(0, RANK_DEPTH);
    };
  },
});

/** Plain BM25 of the viewer's whole text against each candidate's, with the engine's tokenizer. */
export const bm25 = (cache: PerProfileCache = noCache): Ranker => ({
  name: 'bm25',
  async prepare(corpus) {
    const candidates = candidatesOf(corpus);
    const profiles = corpus.profiles.map((p) => p.profile);
    const terms = await cache(profiles, async (missing) => missing.map((p) => tokenizeText(wholeText(p))));
    const index = new Bm25Index(profiles, terms);
    return (viewerId) => {
      const viewer = candidates.viewer(viewerId);
      const allowed = new Set(candidates.mayBeShown(viewer).map((c) => c.id));
      return index.rank(viewerId, (id) => allowed.has(id), RANK_DEPTH);
    };
  },
});
