import { KIND_COUNT, SPACE_COUNT } from './engine-types';
import type { SlotStore } from './slot-store';
import { termWeight } from './vocabulary';

/**
 * Impact buckets: the float32 bit pattern's exponent and first two mantissa bits (bits >>> 21) grow
 * with the weight, so a bucket spans a factor of at most 1.25; weights ≤ 1 fall in 32 buckets, the
 * last holding everything below ~0.005.
 */
export const BUCKETS = 32;
const BUCKET_SHIFT = 21;
const BUCKET_OF_ONE = 0x3f800000 >>> BUCKET_SHIFT;
const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** The bucket of a weight from its float32 bits: 0 for the heaviest. */
export function bucketOfBits(bits: number): number {
  const b = BUCKET_OF_ONE - (bits >>> BUCKET_SHIFT);
  return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
}

export function bucketOf(weight: number): number {
  f32[0] = weight;
  return bucketOfBits(f32Bits[0]!);
}

/**
 * The main segment: per space, a CSR inverted index in typed arrays. Each term's postings are split
 * into one segment per candidate kind (main slots are grouped by kind), and each segment is ordered
 * by impact bucket, heaviest first, then by slot. Exact queries read whole segments of the kinds the
 * viewer may meet; the pruned mode reads only their heads.
 */
export class MainPostings {
  private constructor(
    readonly termCount: number,
    /** Segment (term t, kind k) of space s is offsets[s][t*3+k] .. offsets[s][t*3+k+1]. */
    readonly offsets: readonly Int32Array[],
    readonly docs: readonly Int32Array[],
    readonly weights: readonly Float32Array[],
    /** The same weights as float32 bit patterns (for buckets). */
    readonly weightBits: readonly Uint32Array[],
    /** Per space and segment: where its bucket starts are in `bucketStarts`, or -1 (a short segment). */
    private readonly bucketRefs: readonly Int32Array[],
    /** Per space: BUCKETS + 1 positions per long segment, the first posting of bucket ≥ b for each b. */
    private readonly bucketStarts: readonly Int32Array[],
  ) {}

  static build(store: SlotStore, idf: Float64Array, termCount: number): MainPostings {
    const offsets: Int32Array[] = [];
    const docs: Int32Array[] = [];
    const weights: Float32Array[] = [];
    const weightBits: Uint32Array[] = [];
    const bucketRefs: Int32Array[] = [];
    const bucketStarts: Int32Array[] = [];
    const { vectorStart, terms, rawTf, norms, kind } = store;
    const segmentCount = termCount * KIND_COUNT;
    const sorter = new BucketSorter();
    for (let s = 0; s < SPACE_COUNT; s++) {
      const offs = new Int32Array(segmentCount + 1);
      for (let slot = 0; slot < store.count; slot++) {
        const v = slot * SPACE_COUNT + s;
        const k = kind[slot]!;
        for (let j = vectorStart[v]!; j < vectorStart[v + 1]!; j++) offs[terms[j]! * KIND_COUNT + k + 1]!++;
      }
      for (let g = 0; g < segmentCount; g++) offs[g + 1]! += offs[g]!;
      const cursor = offs.slice(0, segmentCount);
      const d = new Int32Array(offs[segmentCount]!);
      const w = new Float32Array(offs[segmentCount]!);
      for (let slot = 0; slot < store.count; slot++) {
        const v = slot * SPACE_COUNT + s;
        const norm = norms[v]!;
        const k = kind[slot]!;
        for (let j = vectorStart[v]!; j < vectorStart[v + 1]!; j++) {
          const t = terms[j]!;
          const p = cursor[t * KIND_COUNT + k]!++;
          d[p] = slot;
          w[p] = termWeight(rawTf[j]!, idf[t]!, norm);
        }
      }
      const bits = new Uint32Array(w.buffer);
      for (let g = 0; g < segmentCount; g++) sorter.sort(d, w, bits, offs[g]!, offs[g + 1]!);
      const refs = new Int32Array(segmentCount).fill(-1);
      let long = 0;
      for (let g = 0; g < segmentCount; g++)
        if (offs[g + 1]! - offs[g]! >= LONG_SEGMENT) refs[g] = long++ * (BUCKETS + 1);
      const starts = new Int32Array(long * (BUCKETS + 1));
      for (let g = 0; g < segmentCount; g++)
        if (refs[g]! >= 0) writeBucketStarts(bits, offs[g]!, offs[g + 1]!, starts, refs[g]!);
      bucketRefs.push(refs);
      bucketStarts.push(starts);
      offsets.push(offs);
      docs.push(d);
      weights.push(w);
      weightBits.push(bits);
    }
    return new MainPostings(termCount, offsets, docs, weights, weightBits, bucketRefs, bucketStarts);
  }

  get postingCount(): number {
    return this.docs.reduce((sum, d) => sum + d.length, 0);
  }

  /**
   * In segment `segment` (t * KIND_COUNT + kind) of space s, from `from` (a position in it) to its
   * end `to`, the first position whose bucket is at least `bucket`: the segment is ordered by bucket,
   * so everything before it is heavier than that bucket's weights. Long segments look it up; short
   * ones gallop from `from`.
   */
  bucketStart(s: number, segment: number, from: number, to: number, bucket: number): number {
    const ref = this.bucketRefs[s]![segment]!;
    if (ref < 0) return firstInBucket(this.weightBits[s]!, from, to, bucket);
    const at = this.bucketStarts[s]![ref + (bucket <= 0 ? 0 : bucket >= BUCKETS ? BUCKETS : bucket)]!;
    return at > from ? at : from;
  }
}

/** Segments of at least this many postings keep a table of their bucket starts. */
export const LONG_SEGMENT = 64;

/**
 * For bits[from..to), ordered by bucket: out[at + b] = the first position whose bucket is at least b,
 * for b = 0 .. BUCKETS (to when none is).
 */
export function writeBucketStarts(bits: Uint32Array, from: number, to: number, out: Int32Array, at: number): void {
  let b = 0;
  out[at] = from;
  for (let p = from; p < to; p++) {
    const bucket = bucketOfBits(bits[p]!);
    while (b < bucket) out[at + ++b] = p;
  }
  while (b < BUCKETS) out[at + ++b] = to;
}

/**
 * In bits[from..to), ordered by bucket, the first position whose bucket is at least `bucket`.
 * Gallops from the front, so it touches about the postings a pruned query reads next anyway. A
 * weight is in an earlier bucket exactly when its bits reach that bucket's lower edge, so the search
 * compares raw bits.
 */
export function firstInBucket(bits: Uint32Array, from: number, to: number, bucket: number): number {
  if (bucket <= 0) return from;
  if (bucket >= BUCKETS) return to;
  const edge = (BUCKET_OF_ONE - bucket + 1) << BUCKET_SHIFT;
  if (from >= to || bits[from]! < edge) return from;
  let lo = from;
  let step = 1;
  while (lo + step < to && bits[lo + step]! >= edge) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(to, lo + step);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bits[mid]! >= edge) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A stable counting sort of one segment by impact bucket (heaviest first), keeping slot order. */
class BucketSorter {
  private docs = new Int32Array(0);
  private weights = new Float32Array(0);
  private readonly counts = new Int32Array(BUCKETS + 1);

  sort(docs: Int32Array, weights: Float32Array, bits: Uint32Array, from: number, to: number): void {
    if (to - from < 2) return;
    const counts = this.counts;
    counts.fill(0);
    for (let p = from; p < to; p++) counts[bucketOfBits(bits[p]!) + 1]!++;
    for (let b = 1; b <= BUCKETS; b++) if (counts[b] === to - from) return;
    for (let b = 0; b < BUCKETS; b++) counts[b + 1]! += counts[b]!;
    if (this.docs.length < to - from) {
      this.docs = new Int32Array(to - from);
      this.weights = new Float32Array(to - from);
    }
    for (let p = from; p < to; p++) {
      const at = counts[bucketOfBits(bits[p]!)]!++;
      this.docs[at] = docs[p]!;
      this.weights[at] = weights[p]!;
    }
    docs.set(this.docs.subarray(0, to - from), from);
    weights.set(this.weights.subarray(0, to - from), from);
  }
}

export interface DeltaList {
  docs: number[];
  weights: number[];
}

/** The delta segment: postings of slots added since the last compaction, per space and term. */
export class DeltaPostings {
  readonly lists: (DeltaList | undefined)[][] = [[], [], []];
  postingCount = 0;

  add(store: SlotStore, slot: number, idf: Float64Array): void {
    for (let s = 0; s < SPACE_COUNT; s++) {
      const v = slot * SPACE_COUNT + s;
      const norm = store.norms[v]!;
      const lists = this.lists[s]!;
      for (let j = store.vectorStart[v]!; j < store.vectorStart[v + 1]!; j++) {
        const t = store.terms[j]!;
        let list = lists[t];
        if (!list) lists[t] = list = { docs: [], weights: [] };
        list.docs.push(slot);
        list.weights.push(termWeight(store.rawTf[j]!, idf[t]!, norm));
        this.postingCount++;
      }
    }
  }
}
