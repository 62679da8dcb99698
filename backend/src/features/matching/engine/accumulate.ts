/** Accumulators are tracked in blocks of 2^BLOCK_SHIFT slots. */
export const BLOCK_SHIFT = 5;
/** Queries expected to touch more postings than this fraction of the slots mark every block up front. */
export const DENSE_QUERY_FRACTION = 0.25;

/** Adds qw × weight of each posting to its slot's accumulator, flagging the slot's block. */
function accumulateFlagged(
  docs: Int32Array,
  weights: Float32Array,
  from: number,
  to: number,
  qw: number,
  acc: Float32Array,
  blocks: Uint8Array,
): void {
  for (let p = from; p < to; p++) {
    const d = docs[p]!;
    acc[d]! += qw * weights[p]!;
    blocks[d >> BLOCK_SHIFT] = 1;
  }
}

/** The same for dense queries, whose blocks are all flagged already (unrolled: the hottest loop). */
function accumulateDense(
  docs: Int32Array,
  weights: Float32Array,
  from: number,
  to: number,
  qw: number,
  acc: Float32Array,
) {
  let p = from;
  for (; p + 3 < to; p += 4) {
    const d0 = docs[p]!;
    const d1 = docs[p + 1]!;
    const d2 = docs[p + 2]!;
    const d3 = docs[p + 3]!;
    acc[d0]! += qw * weights[p]!;
    acc[d1]! += qw * weights[p + 1]!;
    acc[d2]! += qw * weights[p + 2]!;
    acc[d3]! += qw * weights[p + 3]!;
  }
  for (; p < to; p++) acc[docs[p]!]! += qw * weights[p]!;
}

export function accumulate(
  docs: Int32Array,
  weights: Float32Array,
  from: number,
  to: number,
  qw: number,
  acc: Float32Array,
  blocks: Uint8Array | null,
): void {
  if (blocks === null) accumulateDense(docs, weights, from, to, qw, acc);
  else accumulateFlagged(docs, weights, from, to, qw, acc, blocks);
}

export function accumulateDelta(
  docs: number[],
  weights: number[],
  qw: number,
  acc: Float32Array,
  blocks: Uint8Array,
): void {
  for (let p = 0; p < docs.length; p++) {
    const d = docs[p]!;
    acc[d]! += qw * weights[p]!;
    blocks[d >> BLOCK_SHIFT] = 1;
  }
}
