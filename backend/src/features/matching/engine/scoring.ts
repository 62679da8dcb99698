import type { ProfileKind } from '@musubi/shared';
import { KIND_CODES, KIND_COUNT } from './engine-types';

/** How a suggestion's score blends complementarity and shared interests. */
export interface ScoreWeights {
  complementarity: number;
  interests: number;
  /**
   * f in sqrt((a + f)(b + f)) − f, a = their offers·your seeks, b = your offers·their seeks. Zero when
   * neither side benefits; for a + b fixed it is largest when a = b, so mutual matches beat one-sided
   * ones of the same strength; f sets how much a one-sided match is still worth (≈ sqrt(f·a) for small f).
   */
  mutualFloor: number;
  /** How much the viewer's seeks count in the interests query (their whole profile against your needs). */
  seeksInInterests: number;
}

/** How free-text search blends matches in what profiles offer, seek and are interested in. */
export interface SearchWeights {
  offers: number;
  seeks: number;
  interests: number;
}

/** A scoring function of the three space dot products (a: offers, b: seeks, c: interests). */
export interface Combiner {
  mutual: boolean;
  a: number;
  b: number;
  c: number;
  floor: number;
}

export function suggestionCombiner(w: ScoreWeights): Combiner {
  return { mutual: true, a: w.complementarity, b: w.complementarity, c: w.interests, floor: w.mutualFloor };
}

export function searchCombiner(w: SearchWeights): Combiner {
  return { mutual: false, a: w.offers, b: w.seeks, c: w.interests, floor: 0 };
}

/** Monotone in each argument; 0 when all are 0. */
export function combine(cb: Combiner, a: number, b: number, c: number): number {
  if (!cb.mutual) return cb.a * a + cb.b * b + cb.c * c;
  const complementarity = a === 0 && b === 0 ? 0 : Math.sqrt((a + cb.floor) * (b + cb.floor)) - cb.floor;
  return cb.a * complementarity + cb.c * c;
}

/** Rounding slack: far above float error, far below any score difference that matters. */
const BOUND_MARGIN = 1e-12;

/**
 * A cheap bound with combine(cb, a, b, c) <= upperBound(cb, a, b, c): no square root, since
 * sqrt((a + f)(b + f)) − f <= (a + b) / 2 (arithmetic ≥ geometric mean).
 */
export function upperBound(cb: Combiner, a: number, b: number, c: number): number {
  if (!cb.mutual) return cb.a * a + cb.b * b + cb.c * c;
  return cb.a * ((a + b) * 0.5) + cb.c * c + BOUND_MARGIN;
}

/**
 * Which kinds may be suggested to which. `pairs` are symmetric (default: startup↔creator,
 * startup↔corporate, creator↔corporate). A viewer also sees its own kind when one of its seeks is in
 * `sameKindWhenSeeking` (default co-creation and talent: a startup looking for co-creation partners
 * or people may meet other startups). Explicit kind filters only narrow this, never widen it.
 */
export interface KindRules {
  pairs: readonly (readonly [ProfileKind, ProfileKind])[];
  sameKindWhenSeeking: readonly string[];
}

export const DEFAULT_KIND_RULES: KindRules = {
  pairs: [
    ['startup', 'creator'],
    ['startup', 'corporate'],
    ['creator', 'corporate'],
  ],
  sameKindWhenSeeking: ['co-creation', 'talent'],
};

/** Row-major KIND_COUNT × KIND_COUNT matrix: may viewer kind i see candidate kind j. */
export function kindMatrix(rules: KindRules): Uint8Array {
  const matrix = new Uint8Array(KIND_COUNT * KIND_COUNT);
  for (const [x, y] of rules.pairs) {
    matrix[KIND_CODES[x] * KIND_COUNT + KIND_CODES[y]] = 1;
    matrix[KIND_CODES[y] * KIND_COUNT + KIND_CODES[x]] = 1;
  }
  return matrix;
}
