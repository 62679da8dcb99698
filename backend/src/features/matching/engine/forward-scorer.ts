import { INTERESTS, SPACE_COUNT } from './engine-types';
import { ensureLength } from './growable';
import type { CandidateFilter, IndexRef, QueryVector, QueryVectors } from './query-types';
import { accepts } from './query-types';
import type { TermProduct } from './reasons';
import { type Combiner, combine } from './scoring';
import { type Ranked, TopK } from './top-k';
import { termWeight } from './vocabulary';

const EMPTY_VECTOR: QueryVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

/**
 * Scores profiles straight from their forward vectors: the reference for exactness, small
 * allow-lists, reasons and MMR similarity. Query weights are
 * scattered into dense arrays; each dot product sums in ascending term order with float32 rounding,
 * exactly like the inverted index's accumulators, so all paths agree to the bit.
 */
export class ForwardScorer {
  private readonly queryWeights: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];

  constructor(private readonly index: IndexRef) {}

  /** Top-k of `slots`; `filter` null when they passed it already. */
  topK(q: QueryVectors, filter: CandidateFilter | null, cb: Combiner, k: number, slots: Iterable<number>): Ranked[] {
    const { store } = this.index.state;
    const heap = new TopK(k, store.ids);
    this.scatter(q);
    for (const d of slots) {
      if (filter !== null && !accepts(filter, store, d)) continue;
      const score = combine(cb, this.dot(d, 0), this.dot(d, 1), this.dot(d, 2));
      if (score > 0) heap.offer(score, d);
    }
    this.unscatter(q);
    return heap.drain();
  }

  /**
   * For each slot: the three dot products against `q` (a: offers, b: seeks, c: interests) and every
   * nonzero term product, for reasons.
   */
  explain(q: QueryVectors, slots: readonly number[]): { parts: [number, number, number]; products: TermProduct[] }[] {
    const { store, vocabulary } = this.index.state;
    const { terms, rawTf, vectorStart, norms } = store;
    this.scatter(q);
    const out = slots.map((slot) => {
      const parts: [number, number, number] = [0, 0, 0];
      const products: TermProduct[] = [];
      for (let s = 0; s < SPACE_COUNT; s++) {
        const dense = this.queryWeights[s]!;
        const v = slot * SPACE_COUNT + s;
        const idf = vocabulary.idf[s]!;
        let acc = 0;
        for (let j = vectorStart[v]!; j < vectorStart[v + 1]!; j++) {
          const t = terms[j]!;
          const qw = dense[t]!;
          if (qw === 0) continue;
          const product = qw * termWeight(rawTf[j]!, idf[t]!, norms[v]!);
          acc = Math.fround(acc + product);
          products.push({ space: s, term: t, product });
        }
        parts[s] = acc;
      }
      return { parts, products };
    });
    this.unscatter(q);
    return out;
  }

  /** Cosine similarity of the interests vector of `slot` with that of each of `others`. */
  interestSimilarities(slot: number, others: readonly number[]): Float64Array {
    return this.similarities(slot, others, INTERESTS);
  }

  /** Cosine similarity of the space-`s` vector of `slot` with that of each of `others`. */
  similarities(slot: number, others: readonly number[], s: number): Float64Array {
    const own = this.vectorOf(slot, s);
    const pick = (space: number) => (space === s ? own : EMPTY_VECTOR);
    const q: QueryVectors = [pick(0), pick(1), pick(2)];
    this.scatter(q);
    const out = Float64Array.from(others, (other) => this.dot(other, s));
    this.unscatter(q);
    return out;
  }

  /** The weighted vector of `slot` in space `s`. */
  vectorOf(slot: number, s: number): QueryVector {
    const { store, vocabulary } = this.index.state;
    const v = slot * SPACE_COUNT + s;
    const start = store.vectorStart[v]!;
    const end = store.vectorStart[v + 1]!;
    const terms = store.terms.slice(start, end);
    const weights = new Float64Array(end - start);
    const idf = vocabulary.idf[s]!;
    for (let j = start; j < end; j++) {
      weights[j - start] = termWeight(store.rawTf[j]!, idf[store.terms[j]!]!, store.norms[v]!);
    }
    return { terms, weights };
  }

  private dot(slot: number, s: number): number {
    const { store, vocabulary } = this.index.state;
    const { terms, rawTf, vectorStart } = store;
    const dense = this.queryWeights[s]!;
    const idf = vocabulary.idf[s]!;
    const v = slot * SPACE_COUNT + s;
    const norm = store.norms[v]!;
    let acc = 0;
    for (let j = vectorStart[v]!; j < vectorStart[v + 1]!; j++) {
      const t = terms[j]!;
      const qw = dense[t]!;
      if (qw !== 0) acc = Math.fround(acc + qw * termWeight(rawTf[j]!, idf[t]!, norm));
    }
    return acc;
  }

  private scatter(q: QueryVectors): void {
    const size = this.index.state.vocabulary.size;
    for (let s = 0; s < SPACE_COUNT; s++) {
      const dense = (this.queryWeights[s] = ensureLength(this.queryWeights[s]!, size));
      const { terms, weights } = q[s]!;
      for (let i = 0; i < terms.length; i++) dense[terms[i]!] = weights[i]!;
    }
  }

  private unscatter(q: QueryVectors): void {
    for (let s = 0; s < SPACE_COUNT; s++) {
      const dense = this.queryWeights[s]!;
      for (const t of q[s]!.terms) dense[t] = 0;
    }
  }
}
