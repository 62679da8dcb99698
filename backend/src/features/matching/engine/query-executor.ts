import { BLOCK_SHIFT, DENSE_QUERY_FRACTION, accumulate, accumulateDelta } from './accumulate';
import { KIND_COUNT, SPACE_COUNT } from './engine-types';
import type { ForwardScorer } from './forward-scorer';
import { ensureLength } from './growable';
import { type CandidateFilter, type IndexRef, type QueryStats, type QueryVectors, accepts } from './query-types';
import { type Combiner, combine, upperBound } from './scoring';
import { type Ranked, TopK } from './top-k';

/** Allow-lists smaller than this fraction of the index are scored directly from forward vectors. */
const ALLOW_LIST_DIRECT_FRACTION = 1 / 32;
/**
 * Top-k over the inverted index with reusable scratch: dense float32 accumulators per space with a
 * flag per block of 32 slots (only touched entries are read and reset). A profile's products are
 * summed in ascending term order with float32 rounding, exactly as ForwardScorer does, so exact and
 * brute-force results are bit-identical.
 */
export class QueryExecutor {
  readonly stats: QueryStats = { postings: 0, scanned: 0, accumulateMs: 0 };
  private readonly acc: Float32Array[] = [new Float32Array(0), new Float32Array(0), new Float32Array(0)];
  /** touched[b] = 1 when some accumulator of slots b·32 .. b·32+31 may be nonzero. */
  private touched = new Uint8Array(0);
  /** Set per query: every block is flagged up front and postings skip the flag store. */
  private denseQuery = false;

  constructor(
    private readonly index: IndexRef,
    private readonly forward: ForwardScorer,
  ) {}

  /** Exact top-k by term-at-a-time accumulation over the main and delta segments. */
  exact(q: QueryVectors, filter: CandidateFilter, cb: Combiner, k: number): Ranked[] {
    const { store } = this.index.state;
    if (filter.allowedSlots && filter.allowedSlots.length < store.count * ALLOW_LIST_DIRECT_FRACTION) {
      return this.forward.topK(q, filter, cb, k, filter.allowedSlots);
    }
    this.accumulateQuery(q, filter.kindOk);
    const heap = new TopK(k, store.ids);
    this.stats.scanned = this.collect(filter, cb, heap);
    return heap.drain();
  }

  /** Reference: scores every slot from its forward vectors. */
  bruteForce(q: QueryVectors, filter: CandidateFilter, cb: Combiner, k: number): Ranked[] {
    return this.forward.topK(q, filter, cb, k, this.index.state.store.ids.keys());
  }

  /** Adds every query term's postings: its main segments of the allowed kinds, then its delta list. */
  private accumulateQuery(q: QueryVectors, kindOk: Uint8Array): void {
    const { main, delta } = this.index.state;
    this.prepare(q, kindOk);
    const started = performance.now();
    const blocks = this.denseQuery ? null : this.touched;
    let postings = 0;
    for (let s = 0; s < SPACE_COUNT; s++) {
      const { terms, weights } = q[s]!;
      const acc = this.acc[s]!;
      const offsets = main.offsets[s]!;
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i]!;
        const qw = weights[i]!;
        if (t < main.termCount) {
          for (let kind = 0; kind < KIND_COUNT; kind++) {
            if (kindOk[kind] !== 1) continue;
            const from = offsets[t * KIND_COUNT + kind]!;
            const to = offsets[t * KIND_COUNT + kind + 1]!;
            accumulate(main.docs[s]!, main.weights[s]!, from, to, qw, acc, blocks);
            postings += to - from;
          }
        }
        const list = delta.lists[s]![t];
        if (list) {
          accumulateDelta(list.docs, list.weights, qw, acc, this.touched);
          postings += list.docs.length;
        }
      }
    }
    this.stats.postings = postings;
    this.stats.accumulateMs = performance.now() - started;
  }

  /**
   * Scores the slots of touched blocks in slot order (sequential memory) and resets their
   * accumulators; returns how many slots it scanned.
   */
  private collect(filter: CandidateFilter, cb: Combiner, heap: TopK): number {
    const { store } = this.index.state;
    const [acc0, acc1, acc2] = this.acc as [Float32Array, Float32Array, Float32Array];
    const touched = this.touched;
    const blockCount = (store.count + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
    let scanned = 0;
    let floor = heap.floor;
    for (let block = 0; block < blockCount; block++) {
      if (touched[block] === 0) continue;
      touched[block] = 0;
      const end = Math.min(store.count, (block + 1) << BLOCK_SHIFT);
      scanned += end - (block << BLOCK_SHIFT);
      for (let d = block << BLOCK_SHIFT; d < end; d++) {
        const a = acc0[d]!;
        const b = acc1[d]!;
        const c = acc2[d]!;
        acc0[d] = 0;
        acc1[d] = 0;
        acc2[d] = 0;
        // Most slots fall below the heap's floor by a bound without a square root; only the rest
        // are scored exactly and pay for the filter checks.
        if (upperBound(cb, a, b, c) < floor) continue;
        const score = combine(cb, a, b, c);
        if (score > 0 && score >= floor && accepts(filter, store, d)) {
          heap.offer(score, d);
          floor = heap.floor;
        }
      }
    }
    return scanned;
  }

  /**
   * Sizes scratch to the store and decides, from the segment lengths, whether `q` is dense; a dense
   * query flags up front the blocks it can touch: the allowed kinds' main slots and the delta slots.
   */
  private prepare(q: QueryVectors, kindOk: Uint8Array): void {
    const { store, main, kindBounds } = this.index.state;
    const slots = store.count;
    this.stats.postings = 0;
    for (let s = 0; s < SPACE_COUNT; s++) this.acc[s] = ensureLength(this.acc[s]!, slots);
    const blocks = (slots >> BLOCK_SHIFT) + 1;
    this.touched = ensureLength(this.touched, blocks);
    this.denseQuery = false;
    let expected = 0;
    for (let s = 0; s < SPACE_COUNT; s++) {
      const offsets = main.offsets[s]!;
      for (const t of q[s]!.terms) {
        if (t < main.termCount) expected += offsets[(t + 1) * KIND_COUNT]! - offsets[t * KIND_COUNT]!;
      }
    }
    if (expected <= slots * DENSE_QUERY_FRACTION) return;
    this.denseQuery = true;
    const flag = (from: number, to: number) => {
      if (from < to) this.touched.fill(1, from >> BLOCK_SHIFT, ((to - 1) >> BLOCK_SHIFT) + 1);
    };
    for (let kind = 0; kind < KIND_COUNT; kind++)
      if (kindOk[kind] === 1) flag(kindBounds[kind]!, kindBounds[kind + 1]!);
    flag(kindBounds[KIND_COUNT]!, slots);
  }
}
