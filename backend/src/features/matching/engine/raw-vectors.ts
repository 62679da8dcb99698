import { type FieldWeights, SPACE_COUNT, SPACE_FIELDS, TOKEN_FIELDS, type TokenField } from './engine-types';
import { ensureLength } from './growable';

const FIELD_INDEX = Object.fromEntries(TOKEN_FIELDS.map((f, i) => [f, i])) as Record<TokenField, number>;

/** Vectors are short: below this many terms an insertion sort beats a typed-array sort call. */
const INSERTION_SORT_MAX = 48;

/**
 * Turns the term ids of a profile's fields into its three raw vectors: for each term,
 * Σ over the space's fields of fieldWeight × (1 + ln tf), term ids ascending. Scratch arrays are
 * reused, so one builder serves a whole build without allocating per profile.
 */
export class RawVectorBuilder {
  /** The vectors of the last profile: terms[0 .. spaceEnds[2]) with rawTf alongside. */
  terms = new Int32Array(256);
  rawTf = new Float32Array(256);
  /** Exclusive end of each space's entries. */
  readonly spaceEnds = new Int32Array(SPACE_COUNT);
  private length = 0;
  private counts = new Int32Array(0);
  private sums = new Float64Array(0);
  private fieldTerms = new Int32Array(256);
  private spaceTerms = new Int32Array(256);
  private spaceLength = 0;
  /** Per space: its fields' indices and weights, flattened. */
  private readonly spaceFields: Int32Array[];
  private readonly spaceWeights: Float64Array[];

  constructor(weights: FieldWeights) {
    this.spaceFields = SPACE_FIELDS.map((fields) => Int32Array.from(fields, ([field]) => FIELD_INDEX[field]));
    this.spaceWeights = SPACE_FIELDS.map((fields) => Float64Array.from(fields, ([, key]) => weights[key]));
  }

  /** `fields[i]` holds the term ids of TOKEN_FIELDS[i]; every id must be < vocabularySize. */
  build(fields: readonly (readonly number[])[], vocabularySize: number): void {
    const ids: number[] = [];
    const bounds = [0];
    for (const field of fields) {
      ids.push(...field);
      bounds.push(ids.length);
    }
    this.buildFromArena(ids, bounds, 0, vocabularySize);
  }

  /** The same from one array of ids: field f spans ids[bounds[first + f] .. bounds[first + f + 1]). */
  buildFromArena(ids: ArrayLike<number>, bounds: ArrayLike<number>, first: number, vocabularySize: number): void {
    this.counts = ensureLength(this.counts, vocabularySize);
    this.sums = ensureLength(this.sums, vocabularySize);
    let total = 0;
    for (let f = 0; f < TOKEN_FIELDS.length; f++) total += bounds[first + f + 1]! - bounds[first + f]!;
    this.terms = ensureLength(this.terms, total);
    this.rawTf = ensureLength(this.rawTf, total);
    this.fieldTerms = ensureLength(this.fieldTerms, total);
    this.spaceTerms = ensureLength(this.spaceTerms, total);
    this.length = 0;
    for (let s = 0; s < SPACE_COUNT; s++) {
      const fields = this.spaceFields[s]!;
      const weights = this.spaceWeights[s]!;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        this.addField(ids, bounds[first + field]!, bounds[first + field + 1]!, weights[i]!);
      }
      this.flushSpace();
      this.spaceEnds[s] = this.length;
    }
  }

  private addField(ids: ArrayLike<number>, from: number, to: number, weight: number): void {
    const { counts, sums, fieldTerms, spaceTerms } = this;
    let n = 0;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (counts[id] === 0) fieldTerms[n++] = id;
      counts[id]!++;
    }
    for (let i = 0; i < n; i++) {
      const id = fieldTerms[i]!;
      if (sums[id] === 0) spaceTerms[this.spaceLength++] = id;
      sums[id]! += weight * (1 + Math.log(counts[id]!));
      counts[id] = 0;
    }
  }

  private flushSpace(): void {
    const n = this.spaceLength;
    const ids = this.spaceTerms;
    if (n > INSERTION_SORT_MAX) ids.subarray(0, n).sort();
    else {
      for (let i = 1; i < n; i++) {
        const id = ids[i]!;
        let j = i - 1;
        while (j >= 0 && ids[j]! > id) {
          ids[j + 1] = ids[j]!;
          j--;
        }
        ids[j + 1] = id;
      }
    }
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      this.terms[this.length] = id;
      this.rawTf[this.length++] = this.sums[id]!;
      this.sums[id] = 0;
    }
    this.spaceLength = 0;
  }
}
