import { tokenizeProfile, type ProfileTokens } from '../engine';
import { isGenericWord, REASON_MAX_DOCUMENT_SHARE } from '../engine/generic-words';
import type { NormalizedProfile } from './eval-normalize';
import { pairLanguage, textLanguage, type PairLanguage } from './eval-language';
import { mayMeet } from './eval-metrics';
import type { LabelledSet } from './eval-registry';
import type { SplitName } from './eval-split';

/** The share of a split's labelled pairs that share no scoring term, per language relation. */
export interface CeilingPart {
  pairs: number;
  unreachable: number;
  /** Distinct terms the pairs share across the scoring spaces, summed (mean = shared / pairs). */
  shared: number;
}

/**
 * How far any ranking over the engine's terms can go on one split. A labelled pair is *reachable*
 * when, after analysis and bridging, the partner shares a term with the viewer's query in one of the
 * engine's scoring spaces: the viewer's seeks (need categories and texts) with the partner's offers,
 * the viewer's offers with the partner's seeks, or the viewer's interests (tags, headline,
 * description) or seeks with the partner's interests. An unreachable partner scores 0 under every
 * weighting of these terms, so it can enter a top 5 only among zero-score fillers. `recall5Bound`
 * is the mean over viewers of min(5, reachable partners) / partners: no lexical ranker over these
 * terms, however weighted, scores higher.
 */
export interface Ceiling {
  split: SplitName;
  /** `terms`: any term counts; `content`: only terms that could be a reason (see contentTerm). */
  terms: 'any' | 'content';
  all: CeilingPart;
  cross: CeilingPart;
  same: CeilingPart;
  /** Unreachable pairs that share no such term anywhere either (any field of one against any of the other). */
  noSharedTermAnywhere: number;
  recall5Bound: number;
}

type TermFilter = (term: string) => boolean;
const anyTerm: TermFilter = () => true;

function spaces(t: ProfileTokens, keep: TermFilter) {
  const f = t.fields;
  const set = (...fields: string[][]) => new Set(fields.flat().filter(keep));
  return {
    offers: set(f.offerCategories, f.offerText),
    seeks: set(f.seekCategories, f.seekText),
    interests: set(f.tags, f.headline, f.description),
  };
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((t) => b.has(t));

/** Whether the engine's query of `viewer` can give `partner` a positive score (see Ceiling). */
export function reachable(viewer: ProfileTokens, partner: ProfileTokens, keep: TermFilter = anyTerm): boolean {
  const v = spaces(viewer, keep);
  const p = spaces(partner, keep);
  return (
    meets(v.seeks, p.offers) ||
    meets(v.offers, p.seeks) ||
    meets(v.interests, p.interests) ||
    meets(v.seeks, p.interests)
  );
}

/** Distinct terms the viewer's query shares with the partner across the scoring spaces. */
function sharedTerms(viewer: ProfileTokens, partner: ProfileTokens, keep: TermFilter): number {
  const v = spaces(viewer, keep);
  const p = spaces(partner, keep);
  const shared = new Set<string>();
  const add = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
    for (const t of a) if (b.has(t)) shared.add(t);
  };
  add(v.seeks, p.offers);
  add(v.offers, p.seeks);
  add(v.interests, p.interests);
  add(v.seeks, p.interests);
  return shared.size;
}

function allTerms(t: ProfileTokens, keep: TermFilter = anyTerm): Set<string> {
  return new Set(Object.values(t.fields).flat().filter(keep));
}

/**
 * Terms that say something about a pair: not a need category (co-creation is on most profiles), not
 * a generic word, and on at most REASON_MAX_DOCUMENT_SHARE of the labelled profiles — the terms a
 * reason may cite. A pair that shares only other terms is reached by chance among many lookalikes.
 */
function contentTerms(tokens: readonly ProfileTokens[]): TermFilter {
  const df = new Map<string, number>();
  for (const t of tokens) for (const term of allTerms(t)) df.set(term, (df.get(term) ?? 0) + 1);
  const max = REASON_MAX_DOCUMENT_SHARE * tokens.length;
  return (term) => !term.startsWith('cat:') && !isGenericWord(term) && (df.get(term) ?? 0) <= max;
}

/** The ceiling of every split in `splitOf`, from the labelled profiles' tokens (this build's tokenizer). */
export function ceilings(
  sets: readonly LabelledSet[],
  labelled: readonly NormalizedProfile[],
  splitOf: ReadonlyMap<string, SplitName>,
  splits: readonly SplitName[],
): Ceiling[] {
  const profiles = new Map(labelled.map((p) => [p.profile.id, p.profile]));
  const tokens = new Map(labelled.map((p) => [p.profile.id, tokenizeProfile(p.profile)]));
  const labels = new Map(sets.flatMap((s) => Object.entries(s.labels)));
  const content = contentTerms([...tokens.values()]);
  return splits.flatMap((split) =>
    (['any', 'content'] as const).map((terms) => {
      const keep = terms === 'any' ? anyTerm : content;
      const parts: Record<PairLanguage | 'all', CeilingPart> = {
        all: { pairs: 0, unreachable: 0, shared: 0 },
        cross: { pairs: 0, unreachable: 0, shared: 0 },
        same: { pairs: 0, unreachable: 0, shared: 0 },
        mixed: { pairs: 0, unreachable: 0, shared: 0 },
      };
      let noSharedTermAnywhere = 0;
      const bounds: number[] = [];
      for (const [viewerId, partners] of labels) {
        if (splitOf.get(viewerId) !== split) continue;
        const viewer = profiles.get(viewerId)!;
        let reached = 0;
        for (const partnerId of partners) {
          const partner = profiles.get(partnerId)!;
          const language = pairLanguage(textLanguage(viewer), textLanguage(partner));
          const ok = mayMeet(viewer, partner) && reachable(tokens.get(viewerId)!, tokens.get(partnerId)!, keep);
          for (const part of [parts.all, parts[language]]) {
            part.pairs++;
            part.shared += sharedTerms(tokens.get(viewerId)!, tokens.get(partnerId)!, keep);
            if (!ok) part.unreachable++;
          }
          if (ok) reached++;
          else if (!meets(allTerms(tokens.get(viewerId)!, keep), allTerms(tokens.get(partnerId)!, keep)))
            noSharedTermAnywhere++;
        }
        bounds.push(Math.min(5, reached) / partners.length);
      }
      const recall5Bound = bounds.length ? bounds.reduce((s, x) => s + x, 0) / bounds.length : 0;
      return { split, terms, all: parts.all, cross: parts.cross, same: parts.same, noSharedTermAnywhere, recall5Bound };
    }),
  );
}

const JAPANESE_TERM = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** What stops cross-language pairs of one split from meeting (for tuning: never run it on held-out). */
export interface VocabularyGaps {
  /** Japanese terms left unbridged in the split's Japanese-only profiles, most frequent first. */
  unbridged: [string, number][];
  /**
   * English terms of an English-only profile in a cross-language pair of the split that the
   * Japanese-only side does not have, counted over pairs, most frequent first.
   */
  unmetEnglish: [string, number][];
}

export function vocabularyGaps(
  sets: readonly LabelledSet[],
  labelled: readonly NormalizedProfile[],
  splitOf: ReadonlyMap<string, SplitName>,
  split: SplitName,
  top = 40,
): VocabularyGaps {
  const profiles = new Map(labelled.map((p) => [p.profile.id, p.profile]));
  const tokens = new Map(labelled.map((p) => [p.profile.id, tokenizeProfile(p.profile)]));
  const labels = new Map(sets.flatMap((s) => Object.entries(s.labels)));
  const unbridged = new Map<string, number>();
  const unmet = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const seen = new Set<string>();
  for (const [viewerId, partners] of labels) {
    if (splitOf.get(viewerId) !== split) continue;
    for (const id of [viewerId, ...partners]) {
      if (seen.has(id) || textLanguage(profiles.get(id)!) !== 'ja') continue;
      seen.add(id);
      for (const term of Object.values(tokens.get(id)!.fields).flat())
        if (!term.includes(':') && JAPANESE_TERM.test(term)) bump(unbridged, term);
    }
    for (const partnerId of partners) {
      const languages = [textLanguage(profiles.get(viewerId)!), textLanguage(profiles.get(partnerId)!)];
      if (pairLanguage(languages[0]!, languages[1]!) !== 'cross') continue;
      const [en, ja] = languages[0] === 'en' ? [viewerId, partnerId] : [partnerId, viewerId];
      const jaTerms = allTerms(tokens.get(ja)!);
      for (const term of allTerms(tokens.get(en)!)) if (!term.includes(':') && !jaTerms.has(term)) bump(unmet, term);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  return { unbridged: sorted(unbridged), unmetEnglish: sorted(unmet) };
}
