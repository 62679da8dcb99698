import { ensureLength } from './growable';
import { preferredSurface } from './surfaces';

/** Smoothed inverse document frequency: log((1 + N) / (1 + df)) + 1. */
export function smoothedIdf(documents: number, df: number): number {
  return Math.log((1 + documents) / (1 + df)) + 1;
}

/** The weight of a term in an L2-normalised vector, rounded to the float32 stored in postings. */
export function termWeight(rawTf: number, idf: number, norm: number): number {
  return Math.fround((rawTf * idf) / norm);
}

/**
 * Terms ↔ integer ids, with the live document frequency of each term and the idf frozen at the last
 * build or refresh. Builds and refreshes number terms in sorted order, so equal corpora give equal ids.
 */
export class Vocabulary {
  private readonly idsByTerm = new Map<string, number>();
  readonly terms: string[] = [];
  /** A readable word for stemmed terms, when one was seen. */
  readonly display: (string | undefined)[] = [];
  /** Profiles containing the term now (kept live on every upsert and removal). */
  df = new Int32Array(0);
  /** Idf used for weights; unchanged until the next refresh. */
  idf = new Float64Array(0);
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
    for (let t = 0; t < this.terms.length; t++) this.idf[t] = smoothedIdf(documents, this.df[t]!);
  }

  private add(term: string): number {
    const id = this.terms.length;
    this.idsByTerm.set(term, id);
    this.terms.push(term);
    this.display.push(undefined);
    this.df = ensureLength(this.df, id + 1);
    this.idf = ensureLength(this.idf, id + 1);
    this.idf[id] = smoothedIdf(this.idfDocuments, 0);
    return id;
  }
}
