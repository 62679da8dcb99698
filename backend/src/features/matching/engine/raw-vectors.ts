import { SPACE_COUNT, SPACE_FIELDS, TOKEN_FIELDS, type TokenField } from './engine-types';
import type { TermWeighting } from './engine-options';
import { ensureLength } from './growable';
import type { NeedTerms } from './need-categories';

const FIELD_INDEX = Object.fromEntries(TOKEN_FIELDS.map((f, i) => [f, i])) as Record<TokenField, number>;

/** Vectors are short: below this many terms an insertion sort beats a typed-array sort call. */
const INSERTION_SORT_MAX = 48;

/**
 * Turns the term ids of a profile's fields into its three raw vectors: for each term, Σ over the
 * space's fields of fieldWeight × tf·(k1 + 1) / (tf + k1·(1 − b + b·length / pivot)) (BM25's
 * saturation and length normalisation per field, with fixed pivots so that a profile's vector never
 * depends on the others), term ids ascending. Words of a need text that only restate one of the
 * space's need categories (資金 in a funding need) are dropped: the category term counts for them.
 * Scratch arrays are reused, so one builder serves a whole build without allocating per profile.
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
  /** Per space: its fields' indices, weights, b and pivot, flattened. */
  private readonly spaceFields: Int32Array[];
  private readonly spaceWeights: Float64Array[];
  private readonly spaceB: Float64Array[];
  private readonly spacePivots: Float64Array[];
  /** Per space: which of its fields hold need categories, and which need texts. */
  private readonly spaceCategoryFields: Uint8Array[];
  private readonly spaceNeedTextFields: Uint8Array[];
  private readonly k1: number;

  constructor(weighting: TermWeighting) {
    const per = (pick: (key: keyof TermWeighting['fieldWeights']) => number) =>
      SPACE_FIELDS.map((fields) => Float64Array.from(fields, ([, key]) => pick(key)));
    this.spaceFields = SPACE_FIELDS.map((fields) => Int32Array.from(fields, ([field]) => FIELD_INDEX[field]));
    this.spaceWeights = per((key) => weighting.fieldWeights[key]);
    this.spaceB = per((key) => weighting.lengthNormalisation[key]);
    this.spacePivots = per((key) => weighting.lengthPivots[key]);
    this.spaceCategoryFields = SPACE_FIELDS.map((fields) =>
      Uint8Array.from(fields, ([, key]) => +(key === 'category')),
    );
    this.spaceNeedTextFields = SPACE_FIELDS.map((fields) =>
      Uint8Array.from(fields, ([, key]) => +(key === 'needText')),
    );
    this.k1 = weighting.k1;
  }

  /** `fields[i]` holds the term ids of TOKEN_FIELDS[i]; every id must be < vocabularySize. */
  build(fields: readonly (readonly number[])[], vocabularySize: number, needs: NeedTerms): void {
    const ids: number[] = [];
    const bounds = [0];
    for (const field of fields) {
      ids.push(...field);
      bounds.push(ids.length);
    }
    this.buildFromArena(ids, bounds, 0, vocabularySize, needs);
  }

  /** The same from one array of ids: field f spans ids[bounds[first + f] .. bounds[first + f + 1]). */
  buildFromArena(
    ids: ArrayLike<number>,
    bounds: ArrayLike<number>,
    first: number,
    vocabularySize: number,
    needs: NeedTerms,
  ): void {
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
      const categoryFields = this.spaceCategoryFields[s]!;
      const needTextFields = this.spaceNeedTextFields[s]!;
      let categories = 0;
      for (let i = 0; i < fields.length; i++) {
        if (categoryFields[i] === 0) continue;
        const field = fields[i]!;
        for (let j = bounds[first + field]!; j < bounds[first + field + 1]!; j++)
          categories |= needs.categoryOf(ids[j]!);
      }
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        const from = bounds[first + field]!;
        const to = bounds[first + field + 1]!;
        const drop = needTextFields[i] === 1 ? categories : 0;
        this.addField(ids, from, to, weights[i]!, this.spaceB[s]![i]!, this.spacePivots[s]![i]!, drop, needs);
      }
      this.flushSpace();
      this.spaceEnds[s] = this.length;
    }
  }

  /** Adds one field's saturated term frequencies, leaving out words restating categories `drop`. */
  private addField(
    ids: ArrayLike<number>,
    from: number,
    to: number,
    weight: number,
    b: number,
    pivot: number,
    drop: number,
    needs: NeedTerms,
  ): void {
    const { counts, sums, fieldTerms, spaceTerms } = this;
    let n = 0;
    let length = 0;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (drop !== 0 && (needs.restatesOf(id) & drop) !== 0) continue;
      if (counts[id] === 0) fieldTerms[n++] = id;
      counts[id]!++;
      length++;
    }
    const k1 = this.k1;
    const k = k1 * (1 - b + (b * length) / pivot);
    for (let i = 0; i < n; i++) {
      const id = fieldTerms[i]!;
      if (sums[id] === 0) spaceTerms[this.spaceLength++] = id;
      const tf = counts[id]!;
      sums[id]! += (weight * tf * (k1 + 1)) / (tf + k);
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
