import type { MatchStrength, MatchStrengthDto } from '@musubi/shared';

/**
 * From the engine's raw score (0–1) to what people read: fitted on the 300 demo profiles (seed 42)
 * with the production engine. Measured (5th / 25th / 50th / 75th / 95th percentile of raw scores):
 *
 *   best suggestion of each member   0.089 / 0.123 / 0.152 / 0.198 / 0.298
 *   5th suggestion                   0.064 / 0.082 / 0.105 / 0.126 / 0.184
 *   10th suggestion                  0.051 / 0.068 / 0.084 / 0.102 / 0.141
 *   any pair of members              0.000 / 0.003 / 0.018 / 0.040 / 0.093
 *
 * "strong" from 0.09: about 95 % of best suggestions and two thirds of fifth ones, one random pair
 * in twenty. "good" from 0.05: nearly all of a top 10, one random pair in seven. The percent curve
 * is piecewise linear through these points and monotone, so the order never changes: a typical
 * best partner reads 85, the weakest strong match 70, a random pair about 20.
 * Re-measure when the engine's scoring changes (strength.api.test.ts fails when best partners stop
 * reading strong on the demo database).
 */
export const STRENGTH_THRESHOLDS = { strong: 0.09, good: 0.05 } as const;

const PERCENT_CURVE: readonly (readonly [raw: number, percent: number])[] = [
  [0, 0],
  [STRENGTH_THRESHOLDS.good, 50],
  [STRENGTH_THRESHOLDS.strong, 70],
  [0.15, 85],
  [0.3, 100],
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
