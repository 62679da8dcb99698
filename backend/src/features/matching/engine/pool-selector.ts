import type { CandidateSet } from './candidate-set';
import { SPACE_COUNT } from './engine-types';
import { ensureLength } from './growable';
import { type Combiner, combine, upperBound } from './scoring';
import type { TopK } from './top-k';

/** Bins of candidates' score bounds: 8 per octave below 2 (float32 exponent and 3 mantissa bits). */
const BINS = 128;
const BIN_SHIFT = 20;
const BITS_OF_TWO = 0x40000000;
const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** A score bound's bin, 0 for the largest. */
export function boundBin(bound: number): number {
  f32[0] = bound;
  const bin = (BITS_OF_TWO - f32Bits[0]!) >> BIN_SHIFT;
  return bin < 0 ? 0 : bin >= BINS ? BINS - 1 : bin;
}

/** An upper bound of the bounds in bin `bin` (> 0): its top edge, plus float32 rounding slack. */
export function binTop(bin: number): number {
  f32Bits[0] = BITS_OF_TWO - bin * (1 << BIN_SHIFT);
  return f32[0]! * (1 + 2 ** -20);
}

/**
 * Offers the pruned mode's candidates to its re-ranking pool by their partial scores without
 * scoring and filtering all of them. One pass bins every candidate by a cheap upper bound of its
 * score and counts the bins; a second offers only the candidates of the highest bins that together
 * hold twice the pool's size; a third runs only when a candidate below them could still enter. The
 * pool ends exactly as if every candidate had been offered: its best entries under (score desc, id
 * asc) are unique, and a skipped candidate's bound is below the pool's final floor.
 */
export class PoolSelector {
  private bins = new Uint8Array(0);
  private readonly counts = new Int32Array(BINS);

  fill(set: CandidateSet, cb: Combiner, pool: TopK, accepts: (slot: number) => boolean): void {
    const { count, partial } = set;
    const bins = (this.bins = ensureLength(this.bins, count));
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < count; i++) {
      const at = i * SPACE_COUNT;
      const bin = boundBin(upperBound(cb, partial[at]!, partial[at + 1]!, partial[at + 2]!));
      bins[i] = bin;
      counts[bin]!++;
    }
    let cut = 0;
    for (let held = counts[0]!; cut < BINS - 1 && held < 2 * pool.k; held += counts[++cut]!);
    let floor = pool.floor;
    for (let i = 0; i < count; i++) if (bins[i]! <= cut) floor = offer(set, cb, pool, accepts, i, floor);
    // Bounds in later bins are at most the top edge of bin cut + 1 (with float32 rounding slack).
    if (cut === BINS - 1 || binTop(cut + 1) < floor) return;
    for (let i = 0; i < count; i++) if (bins[i]! > cut) floor = offer(set, cb, pool, accepts, i, floor);
  }
}

/** Offers candidate i when its score reaches `floor`; returns the pool's floor. */
function offer(
  set: CandidateSet,
  cb: Combiner,
  pool: TopK,
  accepts: (slot: number) => boolean,
  i: number,
  floor: number,
): number {
  const at = i * SPACE_COUNT;
  const score = combine(cb, set.partial[at]!, set.partial[at + 1]!, set.partial[at + 2]!);
  const slot = set.slots[i]!;
  if (score > 0 && score >= floor && accepts(slot)) {
    pool.offer(score, slot);
    return pool.floor;
  }
  return floor;
}
