import { candidatePool, diversify } from './diversity';
import {
  type EngineStats,
  type Page,
  type PageOptions,
  type ProfileFacts,
  type SearchHit,
  type SearchOptions,
  type SuggestOptions,
  type Suggestion,
  pageOf,
  toPage,
} from './engine-api';
import { type EngineOptions, type EngineOptionsInput, resolveOptions } from './engine-options';
import {
  AREA_CODES,
  AREA_COUNT,
  CATEGORY_PREFIX,
  INTERESTS,
  KIND_CODES,
  KIND_COUNT,
  OFFERS,
  type ProfileTokens,
  SEEKS,
  SPACE_COUNT,
  TAG_PREFIX,
  TOKEN_FIELDS,
} from './engine-types';
import { FilterCompiler } from './candidate-filters';
import { restatedCategoryTerms } from './need-categories';
import { ForwardScorer } from './forward-scorer';
import { ensureLength } from './growable';
import { buildIndex, compactIndex, countDocumentFrequency, refreshIndex } from './index-builder';
import { QueryExecutor } from './query-executor';
import type { IndexRef, QueryStats, QueryVector, QueryVectors } from './query-types';
import { RawVectorBuilder } from './raw-vectors';
import { buildReasons } from './reasons';
import { type Combiner, combine, kindMatrix, searchCombiner, suggestionCombiner } from './scoring';
import { seekerVectors } from './seeker-query';
import { FLAG_DEAD, FLAG_HIDDEN, FLAG_SAME_KIND_OK, type SlotMeta } from './slot-store';
import type { Ranked } from './top-k';
import { tokenizeText } from './tokenize';
import { termWeight } from './vocabulary';

const KIND_NAMES = invert(KIND_CODES, KIND_COUNT);
const PREFIX_TAG = 1;
const PREFIX_CATEGORY = 2;
const AREA_NAMES = invert(AREA_CODES, AREA_COUNT);

function invert<K extends string>(codes: Readonly<Record<K, number>>, count: number): K[] {
  const names = new Array<K>(count);
  for (const [name, code] of Object.entries(codes) as [K, number][]) names[code] = name;
  return names;
}

/**
 * The in-process matching index: BM25-weighted, L2-normalised vectors of what each profile offers,
 * seeks and is interested in; a CSR main segment plus a small delta segment with tombstones; exact top-k.
 * Pure and synchronous; one instance per process, kept in sync by `upsert` and `remove`.
 *
 * Idf is frozen at build and refreshed (all weights recomputed, segments compacted) by `refresh()`,
 * automatically once the profile count drifts by more than `refreshDrift`; after a refresh the index
 * equals a fresh build over the same profiles, score for score.
 */
export class MatchingEngine {
  readonly options: EngineOptions;
  private readonly index: IndexRef;
  private readonly executor: QueryExecutor;
  private readonly forward: ForwardScorer;
  private readonly filters: FilterCompiler;
  private readonly slotsById = new Map<string, number>();
  private readonly sameKindCategories: ReadonlySet<string>;
  private readonly builder: RawVectorBuilder;
  private mainSlots = 0;
  private deadSlots = 0;
  private seen = new Int32Array(0);
  /** See `termPrefixes` (reset when a refresh renumbers terms). */
  private prefixOf = new Uint8Array(0);
  private prefixKnown = 0;
  /** See `generation`. */
  private changes = 0;

  private constructor(options: EngineOptions, profiles: readonly ProfileTokens[]) {
    this.options = options;
    this.filters = new FilterCompiler(kindMatrix(options.kindRules));
    this.sameKindCategories = new Set(options.kindRules.sameKindWhenSeeking.map((c) => CATEGORY_PREFIX + c));
    this.builder = new RawVectorBuilder(options);
    const ids = new Set<string>();
    for (const p of profiles) {
      if (ids.has(p.id)) throw new Error(`Duplicate profile id in build: ${p.id}`);
      ids.add(p.id);
    }
    this.index = { state: buildIndex(profiles, (p) => this.metaOf(p), options) };
    this.forward = new ForwardScorer(this.index);
    this.executor = new QueryExecutor(this.index, this.forward);
    this.afterRebuild();
  }

  /** Builds an index from stored tokens (no tokenisation). */
  static build(profiles: Iterable<ProfileTokens>, options?: EngineOptionsInput): MatchingEngine {
    return new MatchingEngine(resolveOptions(options), [...profiles]);
  }

  get size(): number {
    return this.slotsById.size;
  }

  /**
   * Bumped on every change (upsert, remove, refresh, compaction): what was computed from this engine
   * under one generation (a page of suggestions) is still what it would compute.
   */
  get generation(): number {
    return this.changes;
  }

  has(id: string): boolean {
    return this.slotsById.has(id);
  }

  /** Adds or replaces a profile: the old version is tombstoned, the new one goes to the delta segment. */
  upsert(profile: ProfileTokens): void {
    this.changes++;
    const previous = this.slotsById.get(profile.id);
    if (previous !== undefined) this.kill(previous);
    const { vocabulary, store, delta } = this.index.state;
    const fields = TOKEN_FIELDS.map((f) => profile.fields[f].map((term) => vocabulary.intern(term)));
    for (let i = 0; i + 1 < profile.surfaces.length; i += 2) {
      vocabulary.remember(vocabulary.intern(profile.surfaces[i]!), profile.surfaces[i + 1]);
    }
    this.builder.build(fields, vocabulary.size, vocabulary);
    const slot = store.append(this.metaOf(profile), this.builder.terms, this.builder.rawTf, this.builder.spaceEnds);
    this.seen = ensureLength(this.seen, vocabulary.size);
    countDocumentFrequency(vocabulary, this.builder.terms, this.builder.spaceEnds, this.seen, slot + 1, 1);
    store.updateNorms(slot, vocabulary.idf, this.options.normSmoothing);
    delta.add(store, slot, vocabulary.idf);
    this.slotsById.set(profile.id, slot);
    this.maintain();
  }

  /** Removes a profile; returns false when it was not indexed. */
  remove(id: string): boolean {
    const slot = this.slotsById.get(id);
    if (slot === undefined) return false;
    this.changes++;
    this.kill(slot);
    this.maintain();
    return true;
  }

  /** True when the profile count moved more than `refreshDrift` since idf was last computed. */
  needsRefresh(): boolean {
    const base = this.index.state.vocabulary.idfDocuments;
    return Math.abs(this.size - base) > this.options.refreshDrift * Math.max(1, base);
  }

  /** Recomputes idf and all weights from the live profiles and compacts: equal to a fresh build. */
  refresh(): void {
    this.changes++;
    this.index.state = refreshIndex(this.index.state, FLAG_DEAD, this.options.normSmoothing);
    this.afterRebuild();
  }

  /** Merges the delta segment into the main one and drops tombstones (idf unchanged). */
  compact(): void {
    this.changes++;
    this.index.state = compactIndex(this.index.state, FLAG_DEAD);
    this.afterRebuild();
  }

  stats(): EngineStats {
    const { store, vocabulary, main, delta } = this.index.state;
    return {
      profiles: this.size,
      slots: store.count,
      mainSlots: this.mainSlots,
      deltaSlots: store.count - this.mainSlots,
      deadSlots: this.deadSlots,
      terms: vocabulary.size,
      mainPostings: main.postingCount,
      deltaPostings: delta.postingCount,
      idfProfiles: vocabulary.idfDocuments,
    };
  }

  /** Postings, scanned slots and accumulation time of the last query (for benchmarks). */
  lastQueryStats(): QueryStats {
    return { ...this.executor.stats };
  }

  /**
   * Who `viewerId` should meet: complementarity both ways blended with shared interests, within the
   * kind rules and filters, MMR-diversified, with reasons. A profile that is not indexed gets nothing.
   */
  /**
   * A viewer's query: its seeks against their offers, its offers against their seeks, and its
   * interests — plus its seeks, weighted by `score.seeksInInterests` — against their interests, so a
   * partner whose headline, description or tags say what the viewer seeks is found even when its
   * short need texts word it differently. `plain` is the query without that addition: reasons come
   * from it, so a word is cited as what it is (their offer for your need, or an interest you share).
   */
  private viewerQuery(viewer: number): { scoring: QueryVectors; plain: QueryVectors } {
    const seeks = this.forward.vectorOf(viewer, SEEKS);
    const offers = this.forward.vectorOf(viewer, OFFERS);
    const interests = this.forward.vectorOf(viewer, INTERESTS);
    const beta = this.options.score.seeksInInterests;
    const plain: QueryVectors = [seeks, offers, interests];
    return { scoring: beta > 0 ? [seeks, offers, addVectors(interests, seeks, beta)] : plain, plain };
  }

  suggest(viewerId: string, options: SuggestOptions = {}): Page<Suggestion> {
    const viewer = this.slotsById.get(viewerId);
    if (viewer === undefined) return { items: [], nextOffset: null };
    // Their offers answer the viewer's seeks, their seeks the viewer's offers.
    const { scoring, plain } = this.viewerQuery(viewer);
    return this.suggestFor(scoring, viewer, options, plain);
  }

  /**
   * Who fits a seeker that is not indexed (an open call): its tokens are weighted like a profile's
   * and ranked like `suggest`, with no kind rules of its own (the caller's kinds filter decides).
   */
  suggestForSeeker(seeker: ProfileTokens, options: SuggestOptions = {}): Page<Suggestion> {
    return this.suggestFor(this.seekerQuery(seeker), null, options);
  }

  /**
   * One indexed profile scored for a seeker that is not indexed, with reasons from the seeker's side;
   * no filters apply (the caller decided eligibility). Null when not indexed or nothing matches.
   */
  scoreForSeeker(seeker: ProfileTokens, profileId: string): Suggestion | null {
    const slot = this.slotsById.get(profileId);
    if (slot === undefined) return null;
    const q = this.seekerQuery(seeker);
    const cb = suggestionCombiner(this.options.score);
    const suggestion = this.present(q, cb, [{ slot, score: 0 }])[0]!;
    const { theyOfferYouSeek, youOfferTheySeek, sharedInterests } = suggestion.parts;
    const score = combine(cb, theyOfferYouSeek, youOfferTheySeek, sharedInterests);
    return score > 0 ? { ...suggestion, score } : null;
  }

  /**
   * Read-only, for learning to re-rank: the score and its parts of `viewerId` against each of
   * `candidateIds` exactly as `suggest` computes them (no filters); null for an id not indexed.
   */
  pairParts(viewerId: string, candidateIds: readonly string[]): ((Suggestion['parts'] & { score: number }) | null)[] {
    const viewer = this.slotsById.get(viewerId);
    if (viewer === undefined) return candidateIds.map(() => null);
    const slots = candidateIds.map((id) => this.slotsById.get(id));
    const known = slots.filter((s): s is number => s !== undefined);
    const q = this.viewerQuery(viewer).scoring;
    const explained = this.forward.explain(q, known);
    const cb = suggestionCombiner(this.options.score);
    let next = 0;
    return slots.map((slot) => {
      if (slot === undefined) return null;
      const [a, b, c] = explained[next++]!.parts;
      return { theyOfferYouSeek: a, youOfferTheySeek: b, sharedInterests: c, score: combine(cb, a, b, c) };
    });
  }

  /** Read-only: kind, area, languages, tags and need categories of an indexed profile; null otherwise. */
  profileFacts(id: string): ProfileFacts | null {
    const slot = this.slotsById.get(id);
    if (slot === undefined) return null;
    const { store, vocabulary } = this.index.state;
    const kinds = this.termPrefixes();
    const termsWith = (space: number, prefix: string, kind: number) => {
      const v = slot * SPACE_COUNT + space;
      const out: string[] = [];
      for (let j = store.vectorStart[v]!; j < store.vectorStart[v + 1]!; j++) {
        const t = store.terms[j]!;
        if (kinds[t] === kind) out.push(vocabulary.terms[t]!.slice(prefix.length));
      }
      return out;
    };
    return {
      kind: KIND_NAMES[store.kind[slot]!]!,
      area: AREA_NAMES[store.area[slot]!]!,
      languageMask: store.languages[slot]!,
      tags: termsWith(INTERESTS, TAG_PREFIX, PREFIX_TAG),
      offerCategories: termsWith(OFFERS, CATEGORY_PREFIX, PREFIX_CATEGORY),
      seekCategories: termsWith(SEEKS, CATEGORY_PREFIX, PREFIX_CATEGORY),
    };
  }

  /**
   * Share (0–1) of indexed profiles that name a need category in their offers or in their seeks,
   * the larger of the two. Read from the live per-space document frequencies the index keeps on
   * every upsert and removal, so it costs no query and is always current.
   */
  needCategoryShare(category: string): number {
    const { vocabulary } = this.index.state;
    const id = vocabulary.idOf(CATEGORY_PREFIX + category);
    if (id === undefined || this.size === 0) return 0;
    const held = Math.max(vocabulary.spaceDf[OFFERS]![id]!, vocabulary.spaceDf[SEEKS]![id]!);
    return held / this.size;
  }

  /** Per term id: PREFIX_TAG, PREFIX_CATEGORY or 0, extended to new terms on use. */
  private termPrefixes(): Uint8Array {
    const { terms } = this.index.state.vocabulary;
    if (this.prefixOf.length < terms.length) this.prefixOf = ensureLength(this.prefixOf, terms.length);
    for (; this.prefixKnown < terms.length; this.prefixKnown++) {
      const term = terms[this.prefixKnown]!;
      this.prefixOf[this.prefixKnown] = term.startsWith(TAG_PREFIX)
        ? PREFIX_TAG
        : term.startsWith(CATEGORY_PREFIX)
          ? PREFIX_CATEGORY
          : 0;
    }
    return this.prefixOf;
  }

  /**
   * Read-only: how alike `id` is to each of `others` (mean of the offers and the interests cosines),
   * 0 for ids not indexed. For "like the profiles this member saved" features.
   */
  similarities(id: string, others: readonly string[]): Float64Array {
    const slot = this.slotsById.get(id);
    const out = new Float64Array(others.length);
    if (slot === undefined) return out;
    const indices = others.flatMap((o, i) => (this.slotsById.has(o) ? [i] : []));
    const slots = indices.map((i) => this.slotsById.get(others[i]!)!);
    const offers = this.forward.similarities(slot, slots, OFFERS);
    const interests = this.forward.similarities(slot, slots, INTERESTS);
    indices.forEach((i, k) => (out[i] = (offers[k]! + interests[k]!) / 2));
    return out;
  }

  private suggestFor(
    q: QueryVectors,
    viewer: number | null,
    options: SuggestOptions,
    reasonQuery: QueryVectors = q,
  ): Page<Suggestion> {
    const cb = suggestionCombiner(this.options.score);
    const diversity = options.diversity ?? this.options.diversity;
    const { offset, limit } = pageOf(options);
    const need = offset + limit + 1;
    const ranked = this.rank(q, cb, options, viewer, diversity ? candidatePool(need, diversity) : need);
    const ordered = diversity
      ? diversify(ranked, diversity, need, (slot, others) => this.forward.interestSimilarities(slot, others))
      : ranked;
    return toPage(ordered, offset, limit, (page) => this.present(q, cb, page, reasonQuery));
  }

  /** A seeker's vectors as a query: its seeks meet offers, its offers meet seeks, interests meet interests. */
  private seekerQuery(seeker: ProfileTokens): QueryVectors {
    const [offers, seeks, interests] = seekerVectors(
      seeker,
      this.builder,
      this.index.state.vocabulary,
      this.options.normSmoothing,
    );
    return [seeks, offers, interests];
  }

  /** Free-text search (Japanese and/or English), ranked by score desc, id asc. */
  search(text: string, options: SearchOptions = {}): Page<SearchHit> {
    const { fieldWeights } = this.options;
    // A word of a category's label ("design") also asks for the category: need texts do not repeat it.
    const words = tokenizeText(text);
    const vectors = this.queryVectors([
      ...words.map((t) => [t, 1] as const),
      ...words.flatMap(restatedCategoryTerms).map((c) => [c, fieldWeights.category] as const),
      ...(options.tagIds ?? []).map((t) => [TAG_PREFIX + t, fieldWeights.tags] as const),
      ...(options.categories ?? []).map((c) => [CATEGORY_PREFIX + c, fieldWeights.category] as const),
    ]);
    const { offset, limit } = pageOf(options);
    const cb = searchCombiner(this.options.search);
    const ranked = vectors ? this.rank(vectors, cb, options, null, offset + limit + 1) : [];
    const ids = this.index.state.store.ids;
    return toPage(ranked, offset, limit, (page) => page.map((r) => ({ id: ids[r.slot]!, score: r.score })));
  }

  private rank(q: QueryVectors, cb: Combiner, options: PageOptions, viewer: number | null, k: number): Ranked[] {
    const filter = this.filters.compile(options, viewer, this.index.state.store, (id) => this.slotsById.get(id));
    try {
      if (!filter) return [];
      switch (options.mode ?? 'exact') {
        case 'brute-force':
          return this.executor.bruteForce(q, filter, cb, k);
        default:
          return this.executor.exact(q, filter, cb, k);
      }
    } finally {
      this.filters.release();
    }
  }

  /**
   * A search's query vector in each space: per term weight × saturated tf (k1, no length
   * normalisation) × the space's idf, L2-normalised; unknown terms dropped.
   */
  private queryVectors(terms: readonly (readonly [string, number])[]): QueryVectors | null {
    const { vocabulary } = this.index.state;
    const { k1 } = this.options;
    const counts = new Map<number, { count: number; weight: number }>();
    for (const [term, weight] of terms) {
      const id = vocabulary.idOf(term);
      if (id === undefined) continue;
      const entry = counts.get(id) ?? { count: 0, weight };
      entry.count++;
      counts.set(id, entry);
    }
    if (counts.size === 0) return null;
    const ids = Int32Array.from(counts.keys()).sort();
    const raw = Array.from(ids, (id) => {
      const { count, weight } = counts.get(id)!;
      return Math.fround((weight * count * (k1 + 1)) / (count + k1));
    });
    const inSpace = (s: number): QueryVector => {
      const idf = vocabulary.idf[s]!;
      const norm = Math.sqrt(raw.reduce((sum, tf, i) => sum + (tf * idf[ids[i]!]!) ** 2, 0));
      return { terms: ids, weights: Float64Array.from(raw, (tf, i) => termWeight(tf, idf[ids[i]!]!, norm)) };
    };
    return [inSpace(OFFERS), inSpace(SEEKS), inSpace(INTERESTS)];
  }

  /** Score parts from `q` (what ranked the page); reasons from `reasonQuery` (see `viewerQuery`). */
  private present(q: QueryVectors, cb: Combiner, page: Ranked[], reasonQuery: QueryVectors = q): Suggestion[] {
    const { store, vocabulary } = this.index.state;
    const slots = page.map((r) => r.slot);
    const explained = this.forward.explain(q, slots);
    const forReasons = reasonQuery === q ? explained : this.forward.explain(reasonQuery, slots);
    return page.map((r, i) => {
      const { parts } = explained[i]!;
      const why = forReasons[i]!;
      return {
        id: store.ids[r.slot]!,
        score: r.score,
        parts: { theyOfferYouSeek: parts[0], youOfferTheySeek: parts[1], sharedInterests: parts[2] },
        reasons: buildReasons(why.products, why.parts, cb, vocabulary, this.options.reasonsPerSuggestion, this.size),
      };
    });
  }

  private metaOf(p: ProfileTokens): SlotMeta {
    let flags = p.hidden ? FLAG_HIDDEN : 0;
    if (p.fields.seekCategories.some((c) => this.sameKindCategories.has(c))) flags |= FLAG_SAME_KIND_OK;
    let languages = 0;
    for (const language of p.languages) languages |= this.filters.languageBit(language);
    return { id: p.id, kind: KIND_CODES[p.kind], area: AREA_CODES[p.area], languages, flags };
  }

  private kill(slot: number): void {
    const { store, vocabulary } = this.index.state;
    store.flags[slot]! |= FLAG_DEAD;
    this.deadSlots++;
    this.slotsById.delete(store.ids[slot]!);
    this.seen = ensureLength(this.seen, vocabulary.size);
    const first = store.vectorStart[slot * SPACE_COUNT]!;
    const ends = [1, 2, 3].map((s) => store.vectorStart[slot * SPACE_COUNT + s]! - first);
    countDocumentFrequency(vocabulary, store.terms.subarray(first), ends, this.seen, -(slot + 2), -1);
  }

  private maintain(): void {
    const { compaction } = this.options;
    const slots = this.index.state.store.count;
    if (this.options.autoRefresh && this.needsRefresh()) this.refresh();
    else if (
      slots - this.mainSlots > Math.max(compaction.minDeltaSlots, compaction.deltaFraction * this.mainSlots) ||
      this.deadSlots > compaction.deadFraction * Math.max(1, slots)
    ) {
      this.compact();
    }
  }

  private afterRebuild(): void {
    const { store, vocabulary } = this.index.state;
    this.mainSlots = store.count;
    this.deadSlots = 0;
    this.slotsById.clear();
    for (let slot = 0; slot < store.count; slot++) this.slotsById.set(store.ids[slot]!, slot);
    this.seen = new Int32Array(vocabulary.size).fill(-1);
    this.prefixOf = new Uint8Array(0);
    this.prefixKnown = 0;
  }
}

/** a + factor·b of two sparse vectors with ascending terms (the result's terms ascend too). */
function addVectors(a: QueryVector, b: QueryVector, factor: number): QueryVector {
  const terms = new Int32Array(a.terms.length + b.terms.length);
  const weights = new Float64Array(terms.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const ta = i < a.terms.length ? a.terms[i]! : Infinity;
    const tb = j < b.terms.length ? b.terms[j]! : Infinity;
    if (ta === tb) {
      terms[n] = ta;
      weights[n++] = a.weights[i++]! + factor * b.weights[j++]!;
    } else if (ta < tb) {
      terms[n] = ta;
      weights[n++] = a.weights[i++]!;
    } else {
      terms[n] = tb;
      weights[n++] = factor * b.weights[j++]!;
    }
  }
  return { terms: terms.slice(0, n), weights: weights.slice(0, n) };
}
