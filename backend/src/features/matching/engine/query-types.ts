import type { DeltaPostings, MainPostings } from './postings';
import { FLAG_DEAD, FLAG_HIDDEN, type SlotStore } from './slot-store';
import type { Vocabulary } from './vocabulary';

/** A query side: term ids ascending with their weights. */
export interface QueryVector {
  terms: Int32Array;
  weights: Float64Array;
}
/** One query vector per index space (matched against the profiles' OFFERS, SEEKS, INTERESTS vectors). */
export type QueryVectors = readonly [QueryVector, QueryVector, QueryVector];

export interface CandidateFilter {
  kindOk: Uint8Array;
  areaOk: Uint8Array;
  /** Bit set of languages of which a candidate must speak one; 0 = any. */
  languageMask: number;
  /** When set, only these slots may be returned (e.g. an event's participants). */
  allowed: Uint8Array | null;
  allowedSlots: readonly number[] | null;
  /** Marked slots are never returned (the viewer, blocked, dismissed). */
  excluded: Uint8Array;
}

export interface IndexState {
  store: SlotStore;
  vocabulary: Vocabulary;
  main: MainPostings;
  delta: DeltaPostings;
  /** Main-segment slots are grouped by kind: kind k holds slots kindBounds[k] .. kindBounds[k+1]. */
  kindBounds: Int32Array;
}

/** The current index state; the engine re-points it after every rebuild. */
export interface IndexRef {
  state: IndexState;
}

export interface QueryStats {
  /** Postings accumulated by the last query. */
  postings: number;
  /** Accumulator slots it scanned (those of touched blocks). */
  scanned: number;
  /** Time spent in the accumulation loops. */
  accumulateMs: number;
}

/** Whether slot `d` may be returned under filter `f`. */
export function accepts(f: CandidateFilter, store: SlotStore, d: number): boolean {
  return (
    (store.flags[d]! & (FLAG_DEAD | FLAG_HIDDEN)) === 0 &&
    f.kindOk[store.kind[d]!] === 1 &&
    f.areaOk[store.area[d]!] === 1 &&
    (f.languageMask === 0 || (store.languages[d]! & f.languageMask) !== 0) &&
    (f.allowed === null || f.allowed[d] === 1) &&
    f.excluded[d] === 0
  );
}
