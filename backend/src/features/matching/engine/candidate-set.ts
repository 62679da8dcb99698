import { SPACE_COUNT } from './engine-types';
import { ensureLength } from './growable';

/**
 * The pruned mode's candidates and their partial scores. Membership is a bit set (one bit per slot,
 * small enough to stay in L1), so postings of slots that are not candidates cost a bit test instead
 * of a cache miss; partial scores live in a compact array in nomination order, so the candidate
 * pass reads memory sequentially. Slots are candidates until `clear`.
 */
export class CandidateSet {
  count = 0;
  /** Candidate slots in nomination order. */
  slots = new Int32Array(0);
  /** Partial dot products of candidate i: partial[i*3 + space]. */
  partial = new Float32Array(0);
  private bits = new Int32Array(0);
  /** The candidate index of a slot; meaningful only while its bit is set. */
  private indexOf = new Int32Array(0);

  /** Sizes the scratch for `slots` slots (no candidates are held between queries). */
  prepare(slots: number): void {
    this.bits = ensureLength(this.bits, (slots >> 5) + 1);
    this.indexOf = ensureLength(this.indexOf, slots);
    this.slots = ensureLength(this.slots, slots);
    this.partial = ensureLength(this.partial, slots * SPACE_COUNT);
  }

  /** Adds `product` to space s of slot d, nominating d first if needed. */
  nominate(d: number, s: number, product: number): void {
    const word = d >> 5;
    const bit = 1 << (d & 31);
    let i: number;
    if ((this.bits[word]! & bit) === 0) {
      this.bits[word]! |= bit;
      i = this.count++;
      this.slots[i] = d;
      this.indexOf[d] = i;
      const at = i * SPACE_COUNT;
      this.partial[at] = 0;
      this.partial[at + 1] = 0;
      this.partial[at + 2] = 0;
    } else {
      i = this.indexOf[d]!;
    }
    this.partial[i * SPACE_COUNT + s]! += product;
  }

  /** For each posting p in [from, to) whose slot docs[p] is a candidate: adds qw × weights[p] to space s. */
  refineRange(docs: Int32Array, weights: Float32Array, from: number, to: number, s: number, qw: number): void {
    const { bits, indexOf, partial } = this;
    for (let p = from; p < to; p++) {
      const d = docs[p]!;
      if ((bits[d >> 5]! & (1 << (d & 31))) !== 0) partial[indexOf[d]! * SPACE_COUNT + s]! += qw * weights[p]!;
    }
  }

  /** Forgets every candidate. */
  clear(): void {
    // Many candidates: one sequential fill of the (L1-sized) bit set beats a random store each.
    if (this.count * 4 > this.bits.length) this.bits.fill(0);
    else for (let i = 0; i < this.count; i++) this.bits[this.slots[i]! >> 5] = 0;
    this.count = 0;
  }
}
