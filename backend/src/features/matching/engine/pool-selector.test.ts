import fc from 'fast-check';
import { CandidateSet } from './candidate-set';
import { SPACE_COUNT } from './engine-types';
import { PoolSelector, binTop, boundBin } from './pool-selector';
import { combine, searchCombiner, suggestionCombiner } from './scoring';
import { TopK } from './top-k';

const SLOTS = 400;
const ids = Array.from({ length: SLOTS }, (_, i) => `p${String(i).padStart(3, '0')}`);

/** Few distinct values, so equal scores (ties broken by id) and equal bins are common. */
const partialArbitrary = fc.oneof(
  fc.constantFrom(0, 0.01, 0.05, 0.1, 0.1, 0.2, 0.5, 1, 3),
  fc.double({ min: 0, max: 1.5, noNaN: true }),
);

const candidatesArbitrary = fc.array(
  fc.record({
    slot: fc.integer({ min: 0, max: SLOTS - 1 }),
    space: fc.integer({ min: 0, max: SPACE_COUNT - 1 }),
    product: partialArbitrary,
  }),
  { maxLength: 600 },
);

describe('PoolSelector', () => {
  it('fills the pool exactly as offering every candidate would', () => {
    const selector = new PoolSelector();
    const set = new CandidateSet();
    fc.assert(
      fc.property(
        candidatesArbitrary,
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 7 }),
        (postings, k, mutual, acceptEvery) => {
          const cb = mutual
            ? suggestionCombiner({ complementarity: 0.8, interests: 0.2, mutualFloor: 0.5 })
            : searchCombiner({ offers: 0.45, seeks: 0.15, interests: 0.4 });
          set.prepare(SLOTS);
          for (const p of postings) set.nominate(p.slot, p.space, p.product);
          // Accepting only every n-th slot makes the pool reach below the bins it starts with.
          const accepts = (slot: number) => slot % acceptEvery === 0;

          const pool = new TopK(k, ids);
          selector.fill(set, cb, pool, accepts);
          const reference = new TopK(k, ids);
          for (let i = 0; i < set.count; i++) {
            const at = i * SPACE_COUNT;
            const score = combine(cb, set.partial[at]!, set.partial[at + 1]!, set.partial[at + 2]!);
            if (score > 0 && accepts(set.slots[i]!)) reference.offer(score, set.slots[i]!);
          }
          set.clear();
          expect(pool.drain()).toEqual(reference.drain());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bins larger bounds first, eight bins per octave', () => {
    expect(boundBin(5)).toBe(0);
    expect(boundBin(2)).toBe(0);
    expect(boundBin(1)).toBe(8);
    expect(boundBin(0.5)).toBe(16);
    expect(boundBin(0.75)).toBeGreaterThan(8);
    expect(boundBin(0.75)).toBeLessThan(16);
    expect(boundBin(0)).toBe(127);
    for (let x = 1e-6; x < 4; x *= 1.07) expect(boundBin(x * 1.07)).toBeLessThanOrEqual(boundBin(x));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1.99, noNaN: true }), (x) => {
        const bin = boundBin(x);
        if (bin > 0 && bin < 127) expect(binTop(bin)).toBeGreaterThanOrEqual(x);
        if (bin < 126) expect(binTop(bin + 1)).toBeLessThan(x * 1.0001);
      }),
    );
  });
});
