import type { MatchStrength, MatchStrengthDto } from '@musubi/shared';

/**
 * From the engine's raw score to what people read: fitted on the members `npm run seed` creates (318)
 * with the production engine (BM25 weighting, the viewer's seeks also read against the other's whole
 * profile: issue 14). Measured (5th / 25th / 50th / 75th / 95th percentile of raw scores; a member's
 * suggestions with MMR, pairs without):
 *
 *   best suggestion of each member   0.107 / 0.160 / 0.201 / 0.255 / 0.396
 *   5th suggestion                   0.076 / 0.104 / 0.132 / 0.161 / 0.219
 *   10th suggestion                  0.059 / 0.082 / 0.099 / 0.126 / 0.166
 *   any pair that may meet (> 0)     0.001 / 0.010 / 0.026 / 0.048 / 0.107
 *
 * "strong" from 0.09: 98 % of best suggestions and 85 % of fifth ones, one pair in thirteen. "good"
 * from 0.06: 94 % of a top 10, one pair in five and a half. (Before the seeks were read against whole
 * profiles the scale was lower: 0.07 and 0.045; under TF-IDF 0.09 and 0.05.) The percent curve is
 * piecewise linear through these points and the median and 95th percentile of best suggestions, and
 * monotone, so the order never changes: a typical best partner reads 85, the weakest strong match
 * 70, a random pair about 20. Re-measure when the engine's scoring changes (strength.api.test.ts fails
 * when best partners stop reading strong on the demo database).
 */
export const STRENGTH_THRESHOLDS = { strong: 0.09, good: 0.06 } as const;

const PERCENT_CURVE: readonly (readonly [raw: number, percent: number])[] = [
  [0, 0],
  [STRENGTH_THRESHOLDS.good, 50],
  [STRENGTH_THRESHOLDS.strong, 70],
  [0.2, 85],
  [0.4, 100],
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
