import { createRng } from '../../../seed/prng';
import { mergeLabels } from './labels';
import { logit, trainLogistic } from './trainer';

/** Rows drawn uniformly from [-1, 1]³ and labelled by a known linear rule. */
function syntheticSet(weights: readonly number[], bias: number, n: number, seed: number, noise = 0) {
  const rng = createRng(seed);
  const rows = Array.from({ length: n }, () => weights.map(() => rng.next() * 2 - 1));
  const labels = rows.map((r) => {
    const z = bias + r.reduce((s, x, j) => s + x * weights[j]!, 0) + (rng.next() - 0.5) * noise;
    return z > 0 ? (1 as const) : (0 as const);
  });
  return { rows, labels };
}

const cosine = (a: readonly number[], b: readonly number[]) => {
  const dot = a.reduce((s, x, i) => s + x * b[i]!, 0);
  return dot / Math.hypot(...a) / Math.hypot(...b);
};

describe('trainLogistic', () => {
  it('recovers the direction of known weights on a separable set and classifies it without error', () => {
    const truth = [2, -1, 0.5];
    const set = syntheticSet(truth, 0.3, 2000, 7);
    const model = trainLogistic(set, { l2: 1e-4 });
    // Weights are per standardised feature: dividing by each feature's scale gives raw-unit weights.
    const learned = model.weights.map((w, j) => w / model.scales[j]!);
    expect(cosine(learned, truth)).toBeGreaterThan(0.99);
    const wrong = set.rows.filter((r, i) => (logit(model, r) > 0 ? 1 : 0) !== set.labels[i]).length;
    expect(wrong / set.rows.length).toBeLessThan(0.01);
  });

  it('recovers the ratio of weights from noisy labels, and a feature that does not matter stays near 0', () => {
    const set = syntheticSet([3, 1.5, 0], 0, 4000, 11, 1);
    const model = trainLogistic(set);
    const [a, b, c] = model.weights.map((w, j) => w / model.scales[j]!);
    expect(a! / b!).toBeGreaterThan(1.6);
    expect(a! / b!).toBeLessThan(2.5);
    expect(Math.abs(c!) / a!).toBeLessThan(0.1);
  });

  it('gives the same weights for the same data (deterministic)', () => {
    const set = syntheticSet([1, -2], 0.1, 300, 3, 0.5);
    expect(trainLogistic(set)).toEqual(trainLogistic(set));
  });

  it('lets weighted rows count more', () => {
    const rows = [[1], [1], [-1], [-1]];
    const labels = [1, 0, 0, 1] as const;
    const even = trainLogistic({ rows, labels: [...labels] });
    const leaning = trainLogistic({ rows, labels: [...labels], weights: [3, 1, 3, 1] });
    expect(Math.abs(even.weights[0]!)).toBeLessThan(1e-6);
    expect(leaning.weights[0]!).toBeGreaterThan(0.3);
  });
});

describe('mergeLabels', () => {
  it('makes one label per pair: a positive behaviour wins, the strongest of its sign sets the weight', () => {
    const labels = mergeLabels([
      { viewerId: 'a', candidateId: 'b', kind: 'not-now' },
      { viewerId: 'a', candidateId: 'b', kind: 'meeting-held' },
      { viewerId: 'a', candidateId: 'b', kind: 'save' },
      { viewerId: 'a', candidateId: 'c', kind: 'not-now' },
      { viewerId: 'a', candidateId: 'c', kind: 'dismiss' },
      { viewerId: 'c', candidateId: 'c', kind: 'save' },
    ]);
    expect(labels).toEqual([
      { viewerId: 'a', candidateId: 'b', label: 1, weight: 2 },
      { viewerId: 'a', candidateId: 'c', label: 0, weight: 1 },
    ]);
  });
});
