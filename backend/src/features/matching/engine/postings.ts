import { KIND_COUNT, SPACE_COUNT } from './engine-types';
import type { SlotStore } from './slot-store';
import { termWeight } from './vocabulary';

/**
 * The main segment: per space, a CSR inverted index in typed arrays. Each term's postings are split
 * into one segment per candidate kind (main slots are grouped by kind), in slot order, so a query
 * reads only the segments of the kinds the viewer may meet.
 */
export class MainPostings {
  private constructor(
    readonly termCount: number,
    /** Segment (term t, kind k) of space s is offsets[s][t*3+k] .. offsets[s][t*3+k+1]. */
    readonly offsets: readonly Int32Array[],
    readonly docs: readonly Int32Array[],
    readonly weights: readonly Float32Array[],
  ) {}

  /** `idf` holds one array per space. */
  static build(store: SlotStore, idf: readonly Float64Array[], termCount: number): MainPostings {
    const offsets: Int32Array[] = [];
    const docs: Int32Array[] = [];
    const weights: Float32Array[] = [];
    const { vectorStart, terms, rawTf, norms, kind } = store;
    const segmentCount = termCount * KIND_COUNT;
    for (let s = 0; s < SPACE_COUNT; s++) {
      const spaceIdf = idf[s]!;
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
          w[p] = termWeight(rawTf[j]!, spaceIdf[t]!, norm);
        }
      }
      offsets.push(offs);
      docs.push(d);
      weights.push(w);
    }
    return new MainPostings(termCount, offsets, docs, weights);
  }

  get postingCount(): number {
    return this.docs.reduce((sum, d) => sum + d.length, 0);
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

  /** `idf` holds one array per space. */
  add(store: SlotStore, slot: number, idf: readonly Float64Array[]): void {
    for (let s = 0; s < SPACE_COUNT; s++) {
      const v = slot * SPACE_COUNT + s;
      const norm = store.norms[v]!;
      const spaceIdf = idf[s]!;
      const lists = this.lists[s]!;
      for (let j = store.vectorStart[v]!; j < store.vectorStart[v + 1]!; j++) {
        const t = store.terms[j]!;
        let list = lists[t];
        if (!list) lists[t] = list = { docs: [], weights: [] };
        list.docs.push(slot);
        list.weights.push(termWeight(store.rawTf[j]!, spaceIdf[t]!, norm));
        this.postingCount++;
      }
    }
  }
}
