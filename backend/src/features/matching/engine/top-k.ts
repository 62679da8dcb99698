export interface Ranked {
  slot: number;
  score: number;
}

/**
 * Bounded min-heap keeping the k best (score desc, id asc) entries; the root is the worst kept entry,
 * so most offers are rejected with one comparison.
 */
export class TopK {
  size = 0;
  private readonly scores: Float64Array;
  private readonly slots: Int32Array;

  constructor(
    readonly k: number,
    private readonly ids: readonly string[],
  ) {
    this.scores = new Float64Array(Math.max(1, k));
    this.slots = new Int32Array(Math.max(1, k));
  }

  /** The score an entry must beat (or tie with a smaller id) once the heap is full. */
  get floor(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  offer(score: number, slot: number): void {
    if (this.size < this.k) {
      this.siftUp(this.size++, score, slot);
      return;
    }
    if (this.k === 0 || this.worse(score, slot, this.scores[0]!, this.slots[0]!)) return;
    this.siftDown(score, slot);
  }

  /** The kept slots, in no particular order (a view, valid until the next offer). */
  keptSlots(): Int32Array {
    return this.slots.subarray(0, this.size);
  }

  /** Entries best first. */
  drain(): Ranked[] {
    const out: Ranked[] = [];
    for (let i = 0; i < this.size; i++) out.push({ slot: this.slots[i]!, score: this.scores[i]! });
    return out.sort((x, y) => y.score - x.score || compareIds(this.ids[x.slot]!, this.ids[y.slot]!));
  }

  private worse(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.ids[slotA]! > this.ids[slotB]!);
  }

  private siftUp(index: number, score: number, slot: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(score, slot, this.scores[parent]!, this.slots[parent]!)) break;
      this.scores[i] = this.scores[parent]!;
      this.slots[i] = this.slots[parent]!;
      i = parent;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  private siftDown(score: number, slot: number): void {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (
        right < this.size &&
        this.worse(this.scores[right]!, this.slots[right]!, this.scores[child]!, this.slots[child]!)
      ) {
        child = right;
      }
      if (!this.worse(this.scores[child]!, this.slots[child]!, score, slot)) break;
      this.scores[i] = this.scores[child]!;
      this.slots[i] = this.slots[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }
}

/** Code-unit order, the tie-break everywhere (stable across runs and platforms). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
