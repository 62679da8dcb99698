/**
 * L2-regularised logistic regression, trained by Newton's method (iteratively reweighted least
 * squares) on standardised features: a dozen features need a 13 × 13 solve per step, it converges in
 * a handful of steps, and the same data always gives the same weights (no randomness, no learning
 * rate to tune).
 */
export interface LogisticModel {
  /** Per feature, in standardised units. */
  weights: number[];
  bias: number;
  /** Standardisation: x' = (x − mean) / scale. */
  means: number[];
  scales: number[];
}

export interface TrainingSet {
  rows: readonly ArrayLike<number>[];
  labels: readonly (0 | 1)[];
  /** Per row (1 when absent). */
  weights?: readonly number[];
}

export interface TrainOptions {
  /** Penalty on the squared weights (not the bias), relative to the total row weight. */
  l2?: number;
  maxSteps?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits the model; throws on an empty set. */
export function trainLogistic(set: TrainingSet, options: TrainOptions = {}): LogisticModel {
  const { rows, labels } = set;
  if (rows.length === 0) throw new Error('no training rows');
  const d = rows[0]!.length;
  const sampleWeight = (i: number) => set.weights?.[i] ?? 1;
  const total = rows.reduce((s, _r, i) => s + sampleWeight(i), 0);
  const means = Array.from({ length: d }, (_, j) => rows.reduce((s, r, i) => s + sampleWeight(i) * r[j]!, 0) / total);
  const scales = means.map((m, j) => {
    const variance = rows.reduce((s, r, i) => s + sampleWeight(i) * (r[j]! - m) ** 2, 0) / total;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const x = rows.map((r) =>
    Float64Array.from({ length: d + 1 }, (_, j) => (j === d ? 1 : (r[j]! - means[j]!) / scales[j]!)),
  );
  const lambda = (options.l2 ?? 0.01) * total;
  const beta = new Float64Array(d + 1);
  for (let step = 0; step < (options.maxSteps ?? 25); step++) {
    const gradient = new Float64Array(d + 1);
    const hessian = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    x.forEach((xi, i) => {
      const p = sigmoid(dot(beta, xi));
      const w = sampleWeight(i);
      const g = w * (p - labels[i]!);
      const h = w * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a++) {
        gradient[a]! += g * xi[a]!;
        for (let b = 0; b <= a; b++) hessian[a]![b]! += h * xi[a]! * xi[b]!;
      }
    });
    for (let a = 0; a <= d; a++) {
      for (let b = 0; b < a; b++) hessian[b]![a] = hessian[a]![b]!;
      if (a < d) {
        gradient[a]! += lambda * beta[a]!;
        hessian[a]![a]! += lambda;
      }
    }
    const delta = solve(hessian, gradient);
    let change = 0;
    for (let a = 0; a <= d; a++) {
      beta[a]! -= delta[a]!;
      change = Math.max(change, Math.abs(delta[a]!));
    }
    if (change < 1e-9) break;
  }
  return { weights: Array.from(beta.subarray(0, d)), bias: beta[d]!, means, scales };
}

/** The model's log-odds for a raw (unstandardised) feature row. */
export function logit(model: LogisticModel, row: ArrayLike<number>): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++)
    z += (model.weights[j]! * (row[j]! - model.means[j]!)) / model.scales[j]!;
  return z;
}

/** Weighted mean log-loss of the model on a set (a training figure). */
export function logLoss(model: LogisticModel, set: TrainingSet): number {
  let sum = 0;
  let total = 0;
  set.rows.forEach((r, i) => {
    const w = set.weights?.[i] ?? 1;
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(logit(model, r))));
    sum += -w * (set.labels[i] === 1 ? Math.log(p) : Math.log(1 - p));
    total += w;
  });
  return sum / total;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small, symmetric positive definite). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => Float64Array.from([...row, b[i]!]));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-15) continue;
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / p;
      if (f !== 0) for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const out = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    const p = m[r]![r]!;
    if (Math.abs(p) < 1e-15) continue;
    let s = m[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= m[r]![c]! * out[c]!;
    out[r] = s / p;
  }
  return out;
}
