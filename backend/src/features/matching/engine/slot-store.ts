import { ensureLength } from './growable';
import { SPACE_COUNT } from './engine-types';

export const FLAG_DEAD = 1;
export const FLAG_HIDDEN = 2;
/** The profile seeks something that lets it meet its own kind (see KindRules). */
export const FLAG_SAME_KIND_OK = 4;

export interface SlotMeta {
  id: string;
  kind: number;
  area: number;
  languages: number;
  flags: number;
}

/**
 * One slot per indexed profile version: filter attributes and the forward vectors (term ids ascending
 * with raw, pre-idf term frequencies) of its three spaces in one arena. Slots are append-only between
 * compactions; an update tombstones the old slot.
 */
export class SlotStore {
  count = 0;
  readonly ids: string[] = [];
  kind: Uint8Array;
  area: Uint8Array;
  languages: Uint32Array;
  flags: Uint8Array;
  /** Vector (slot, space) is arena[vectorStart[slot*3+space] .. vectorStart[slot*3+space+1]). */
  vectorStart: Int32Array;
  terms: Int32Array;
  rawTf: Float32Array;
  /** L2 norm of each (slot, space) vector under the current idf. */
  norms: Float64Array;

  /**
   * Capacities are hints (exact sizes for builds avoid the slack of doubling); a build passes its
   * token array as `termArena` and writes each vector over tokens it has already read.
   */
  constructor(slotCapacity = 16, arenaCapacity = 1024, termArena?: Int32Array) {
    const slots = Math.max(1, slotCapacity);
    this.kind = new Uint8Array(slots);
    this.area = new Uint8Array(slots);
    this.languages = new Uint32Array(slots);
    this.flags = new Uint8Array(slots);
    this.vectorStart = new Int32Array(slots * SPACE_COUNT + 1);
    this.norms = new Float64Array(slots * SPACE_COUNT);
    this.terms = termArena ?? new Int32Array(Math.max(1, arenaCapacity));
    this.rawTf = new Float32Array(this.terms.length);
  }

  get arenaLength(): number {
    return this.vectorStart[this.count * SPACE_COUNT]!;
  }

  /** Appends a slot whose vectors are `terms`/`rawTf` split at `spaceEnds`. */
  append(meta: SlotMeta, terms: Int32Array, rawTf: Float32Array, spaceEnds: ArrayLike<number>): number {
    const slot = this.count;
    const cap = slot + 1;
    if (this.kind.length < cap) {
      this.kind = ensureLength(this.kind, cap);
      this.area = ensureLength(this.area, cap);
      this.languages = ensureLength(this.languages, cap);
      this.flags = ensureLength(this.flags, cap);
      this.vectorStart = ensureLength(this.vectorStart, this.kind.length * SPACE_COUNT + 1);
      this.norms = ensureLength(this.norms, this.kind.length * SPACE_COUNT);
    }
    this.ids[slot] = meta.id;
    this.kind[slot] = meta.kind;
    this.area[slot] = meta.area;
    this.languages[slot] = meta.languages;
    this.flags[slot] = meta.flags;
    const base = this.arenaLength;
    const length = spaceEnds[SPACE_COUNT - 1]!;
    this.terms = ensureLength(this.terms, base + length);
    this.rawTf = ensureLength(this.rawTf, base + length);
    this.terms.set(terms.subarray(0, length), base);
    this.rawTf.set(rawTf.subarray(0, length), base);
    for (let s = 0; s < SPACE_COUNT; s++) this.vectorStart[slot * SPACE_COUNT + s + 1] = base + spaceEnds[s]!;
    this.count = cap;
    return slot;
  }

  /**
   * Computes and stores the norm of every vector of `slot` under `idf` (one array per space), with
   * `smoothing` as the weight of a pseudo-term every vector holds (see TermWeighting.normSmoothing).
   */
  updateNorms(slot: number, idfs: readonly Float64Array[], smoothing: number): void {
    for (let s = 0; s < SPACE_COUNT; s++) {
      const idf = idfs[s]!;
      const v = slot * SPACE_COUNT + s;
      let sum = smoothing * smoothing;
      for (let j = this.vectorStart[v]!; j < this.vectorStart[v + 1]!; j++) {
        const x = this.rawTf[j]! * idf[this.terms[j]!]!;
        sum += x * x;
      }
      // An empty vector keeps norm 0 (it has no terms to divide).
      this.norms[v] = this.vectorStart[v + 1] === this.vectorStart[v] ? 0 : Math.sqrt(sum);
    }
  }

  /** A new store holding `slots` (in that order), renumbered 0..n-1. */
  select(slots: ArrayLike<number>): SlotStore {
    let arena = 0;
    for (let i = 0; i < slots.length; i++) {
      const first = slots[i]! * SPACE_COUNT;
      arena += this.vectorStart[first + SPACE_COUNT]! - this.vectorStart[first]!;
    }
    const next = new SlotStore(slots.length, arena);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const first = slot * SPACE_COUNT;
      const start = this.vectorStart[first]!;
      const ends = [0, 0, 0];
      for (let s = 0; s < SPACE_COUNT; s++) ends[s] = this.vectorStart[first + s + 1]! - start;
      const end = this.vectorStart[first + SPACE_COUNT]!;
      const meta = {
        id: this.ids[slot]!,
        kind: this.kind[slot]!,
        area: this.area[slot]!,
        languages: this.languages[slot]!,
        flags: this.flags[slot]!,
      };
      const copy = next.append(meta, this.terms.subarray(start, end), this.rawTf.subarray(start, end), ends);
      for (let s = 0; s < SPACE_COUNT; s++) next.norms[copy * SPACE_COUNT + s] = this.norms[first + s]!;
    }
    return next;
  }
}
