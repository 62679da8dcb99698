import { SPACE_COUNT } from './engine-types';
import { ensureLength } from './growable';
import { type NeedTerms, categoryBit, restatedCategories } from './need-categories';
import { preferredSurface } from './surfaces';

/**
 * BM25's inverse document frequency, ln(1 + (N − df + 0.5) / (df + 0.5)): about ln(N / df) for rare
 * terms and close to 0 for a term nearly every profile has (co-creation, 提供), which then weighs
 * almost nothing; never negative.
 */
export function bm25Idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** The weight of a term in an L2-normalised vector, rounded to the float32 stored in postings. */
export function termWeight(rawTf: number, idf: number, norm: number): number {
  return Math.fround((rawTf * idf) / norm);
}

/**
 * Terms ↔ integer ids, with the live document frequency of each term and the idf frozen at the last
 * build or refresh, both per space (a word common in descriptions may be rare and telling in needs).
 * Builds and refreshes number terms in sorted order, so equal corpora give equal ids.
 */
export class Vocabulary implements NeedTerms {
  private readonly idsByTerm = new Map<string, number>();
  readonly terms: string[] = [];
  /** A readable word for stemmed terms, when one was seen. */
  readonly display: (string | undefined)[] = [];
  /** Profiles containing the term in any space now (kept live on every upsert and removal). */
  df = new Int32Array(0);
  /** Per space: profiles whose vector of that space holds the term now. */
  spaceDf: Int32Array[] = Array.from({ length: SPACE_COUNT }, () => new Int32Array(0));
  /** Per space: the idf used for weights; unchanged until the next refresh. */
  idf: Float64Array[] = Array.from({ length: SPACE_COUNT }, () => new Float64Array(0));
  /** Per term: its need category's bit for `cat:` terms (see need-categories.ts), else 0. */
  categoryBits = new Int32Array(0);
  /** Per term: the bits of the need categories whose labels contain it, else 0. */
  restateBits = new Int32Array(0);
  /** The profile count the idf was computed with. */
  idfDocuments = 0;

  /** Numbers `sortedTerms` 0..n-1; idf is set by `computeIdf`. */
  constructor(sortedTerms: readonly string[] = []) {
    for (const term of sortedTerms) this.add(term);
  }

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.idsByTerm.get(term);
  }

  /** The id of `term`, adding it (with the idf of a term no profile had at the last refresh) if new. */
  intern(term: string): number {
    return this.idsByTerm.get(term) ?? this.add(term);
  }

  /** Keeps the shortest word seen for a term (see `preferredSurface`). */
  remember(id: number, surface: string | undefined): void {
    if (surface !== undefined) this.display[id] = preferredSurface(this.display[id], surface);
  }

  computeIdf(documents: number): void {
    this.idfDocuments = documents;
    for (let s = 0; s < SPACE_COUNT; s++) {
      const idf = this.idf[s]!;
      const df = this.spaceDf[s]!;
      for (let t = 0; t < this.terms.length; t++) idf[t] = bm25Idf(documents, df[t]!);
    }
  }

  /** The need category bit of term `id` (see need-categories.ts). */
  categoryOf(id: number): number {
    return this.categoryBits[id]!;
  }

  /** The need categories term `id` restates. */
  restatesOf(id: number): number {
    return this.restateBits[id]!;
  }

  /** The idf of a term no profile had at the last refresh. */
  get unseenIdf(): number {
    return bm25Idf(this.idfDocuments, 0);
  }

  private add(term: string): number {
    const id = this.terms.length;
    this.idsByTerm.set(term, id);
    this.terms.push(term);
    this.display.push(undefined);
    this.df = ensureLength(this.df, id + 1);
    const unseen = this.unseenIdf;
    for (let s = 0; s < SPACE_COUNT; s++) {
      this.spaceDf[s] = ensureLength(this.spaceDf[s]!, id + 1);
      this.idf[s] = ensureLength(this.idf[s]!, id + 1);
      this.idf[s]![id] = unseen;
    }
    this.categoryBits = ensureLength(this.categoryBits, id + 1);
    this.restateBits = ensureLength(this.restateBits, id + 1);
    this.categoryBits[id] = categoryBit(term);
    this.restateBits[id] = restatedCategories(term);
    return id;
  }
}
