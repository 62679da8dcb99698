import fc from 'fast-check';
import { DEFAULT_ENGINE_OPTIONS } from './engine-options';
import { combine, suggestionCombiner, upperBound } from './scoring';

const cb = suggestionCombiner(DEFAULT_ENGINE_OPTIONS.score);
const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('suggestion score', () => {
  it('is zero when nobody benefits and nothing is shared', () => {
    expect(combine(cb, 0, 0, 0)).toBe(0);
  });

  it('prefers both sides benefiting over one side benefiting as much in total', () => {
    expect(combine(cb, 0.5, 0.5, 0)).toBeGreaterThan(combine(cb, 1, 0, 0));
    expect(combine(cb, 0.3, 0.3, 0)).toBeGreaterThan(combine(cb, 0.6, 0, 0));
  });

  it('ranks a strong one-sided match above shared interests alone', () => {
    expect(combine(cb, 0.6, 0, 0)).toBeGreaterThan(combine(cb, 0, 0, 0.9));
  });

  it('is symmetric in the two sides and monotone in every part', () => {
    fc.assert(
      fc.property(unit, unit, unit, unit, (a, b, c, more) => {
        expect(combine(cb, a, b, c)).toBeCloseTo(combine(cb, b, a, c), 12);
        expect(combine(cb, a + more, b, c)).toBeGreaterThanOrEqual(combine(cb, a, b, c));
        expect(combine(cb, a, b, c + more)).toBeGreaterThanOrEqual(combine(cb, a, b, c));
      }),
    );
  });

  it('never exceeds the square-root-free bound used to skip candidates', () => {
    fc.assert(fc.property(unit, unit, unit, (a, b, c) => combine(cb, a, b, c) <= upperBound(cb, a, b, c)));
  });
});
