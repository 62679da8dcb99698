import type { MatchStrength, MatchStrengthDto } from '@musubi/shared';

/**
 * From the engine's raw score (0–1) to what people read: fitted on the 300 demo profiles (seed 42)
 * with the production engine (BM25 weighting since issue 14). Measured (5th / 25th / 50th / 75th /
 * 95th percentile of raw scores; a member's suggestions with MMR, pairs without):
 *
 *   best suggestion of each member   0.077 / 0.111 / 0.141 / 0.176 / 0.251
 *   5th suggestion                   0.056 / 0.077 / 0.099 / 0.120 / 0.167
 *   10th suggestion                  0.043 / 0.061 / 0.075 / 0.090 / 0.123
 *   any pair that may meet (> 0)     0.000 / 0.003 / 0.019 / 0.038 / 0.081
 *
 * "strong" from 0.07: about 98 % of best suggestions and four fifths of fifth ones, one pair in
 * twelve (0.075, the 5th percentile of best suggestions, left three of the 26 members that
 * strength.api.test.ts samples below strong). "good" from 0.045: over 90 % of a top 10, one pair in
 * five (0.09 and 0.05 had 94 % / 71 % / one in seventeen and 95 % / one in five, measured the same
 * way, under the previous TF-IDF weighting). The percent curve is
 * piecewise linear through these points and monotone, so the order never changes: a typical best
 * partner reads 85, the weakest strong match 70, a random pair about 20.
 * Re-measure when the engine's scoring changes (strength.api.test.ts fails when best partners stop
 * reading strong on the demo database).
 */
export const STRENGTH_THRESHOLDS = { strong: 0.07, good: 0.045 } as const;

const PERCENT_CURVE: readonly (readonly [raw: number, percent: number])[] = [
  [0, 0],
  [STRENGTH_THRESHOLDS.good, 50],
  [STRENGTH_THRESHOLDS.strong, 70],
  [0.14, 85],
  [0.25, 100],
];

function percentOf(raw: number): number {
  for (let i = 1; i < PERCENT_CURVE.length; i++) {
    const [x1, y1] = PERCENT_CURVE[i]!;
    if (raw <= x1) {
      const [x0, y0] = PERCENT_CURVE[i - 1]!;
      return Math.round(y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0));
    }
  }
  return 100;
}

function levelOf(raw: number): MatchStrength {
  if (raw >= STRENGTH_THRESHOLDS.strong) return 'strong';
  if (raw >= STRENGTH_THRESHOLDS.good) return 'good';
  return 'fair';
}

/** The one place a raw engine score becomes a strength: suggestions, calls and event pairs use it. */
export function matchStrength(raw: number): MatchStrengthDto {
  const score = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
  return { level: levelOf(score), percent: percentOf(score) };
}

/** The raw score as the API's `score` field carries it: × 100, rounded (organisers' view). */
export const rawScore100 = (raw: number): number => Math.round(raw * 100);
