import fc from 'fast-check';
import { BUCKETS, bucketOf, bucketOfBits, firstInBucket, writeBucketStarts } from './postings';

const bitsOf = (weights: number[]) => new Uint32Array(Float32Array.from(weights).buffer);

describe('impact buckets', () => {
  it('order weights: a heavier weight never falls in a later bucket', () => {
    fc.assert(
      fc.property(fc.float({ min: 0, max: 1, noNaN: true }), fc.float({ min: 0, max: 1, noNaN: true }), (x, y) => {
        const [light, heavy] = x <= y ? [x, y] : [y, x];
        expect(bucketOf(heavy)).toBeLessThanOrEqual(bucketOf(light));
      }),
    );
    expect(bucketOf(1)).toBe(0);
    expect(bucketOf(0.9)).toBe(1);
    expect(bucketOf(0.8)).toBe(2);
    expect(bucketOf(1e-6)).toBe(BUCKETS - 1);
  });

  it('firstInBucket finds the same position as a linear scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: Math.fround(1e-4), max: 1, noNaN: true }), { maxLength: 300 }),
        fc.integer({ min: 0, max: BUCKETS }),
        (weights, bucket) => {
          const bits = bitsOf(weights);
          const sorted = Uint32Array.from([...bits].sort((a, b) => bucketOfBits(a) - bucketOfBits(b)));
          const from = Math.floor(sorted.length / 3);
          let expected = from;
          while (expected < sorted.length && bucketOfBits(sorted[expected]!) < bucket) expected++;
          expect(firstInBucket(sorted, from, sorted.length, bucket)).toBe(expected);
        },
      ),
    );
  });

  it('writeBucketStarts agrees with firstInBucket for every bucket', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: Math.fround(1e-4), max: 1, noNaN: true }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 20 }),
        (weights, at) => {
          const sorted = Uint32Array.from([...bitsOf(weights)].sort((a, b) => bucketOfBits(a) - bucketOfBits(b)));
          const out = new Int32Array(at + BUCKETS + 1).fill(-7);
          writeBucketStarts(sorted, 0, sorted.length, out, at);
          expect(out.subarray(0, at).every((x) => x === -7)).toBe(true);
          for (let b = 0; b <= BUCKETS; b++) expect(out[at + b]).toBe(firstInBucket(sorted, 0, sorted.length, b));
        },
      ),
    );
  });
});
