import type { FeatureCounts } from './feature-counts.js';

// A hashed feature vector: the indices a text or call touched and their (normalized) values.
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

/** Logistic score in [0, 1] of a sparse vector under dense weights. */
export function scoreVector(x: SparseVector, weights: Float32Array | Float64Array, bias: number): number {
  let z = bias;
  for (let i = 0; i < x.idx.length; i++) z += weights[x.idx[i]] * x.val[i];
  return 1 / (1 + Math.exp(-z));
}

/**
 * The vector of the hashed features a featurizer counted: log(1 + count) per index, in first-seen
 * order, L2-normalized, times `scale` (a block's share in a featurizer of several). Clears the
 * counts, so the featurizer's table is clean for the next call.
 */
export function countsVector(c: FeatureCounts, scale = 1): SparseVector {
  const idx = c.touched.slice(0, c.n);
  const val = new Float64Array(c.n);
  let norm = 0;
  for (let i = 0; i < c.n; i++) {
    val[i] = Math.log1p(c.counts[i]);
    norm += val[i] * val[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i] = (val[i] / norm) * scale;
  c.clear();
  return { idx, val };
}

/** Reused by scoreCounts: values of the touched features (grown when a text touches more). */
let scratch = new Float64Array(4096);
/** Math.log1p of the small counts almost every n-gram has, looked up instead of computed. */
const LOG1P = Float64Array.from({ length: 64 }, (_, c) => Math.log1p(c));

/**
 * scoreVector(countsVector(c), weights, bias) without building the vector: the same arithmetic in
 * the same order, so the same score to the last bit, and no allocation per call (the engine scores
 * most outbound calls; the vectors were a large share of its garbage). Clears the counts.
 */
export function scoreCounts(c: FeatureCounts, weights: Float32Array | Float64Array, bias: number): number {
  return 1 / (1 + Math.exp(-dotCounts(c, weights, bias, 1)));
}

/**
 * `start` plus the dot product of the weights with countsVector(c)'s values each times `scale`,
 * in countsVector's order: a featurizer of several blocks adds them up one after another. Clears
 * the counts.
 */
export function dotCounts(c: FeatureCounts, weights: Float32Array | Float64Array, start: number, scale: number): number {
  const n = c.n;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  const val = scratch;
  const counts = c.counts;
  const touched = c.touched;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const k = counts[i];
    val[i] = k < 64 ? LOG1P[k] : Math.log1p(k);
    norm += val[i] * val[i];
  }
  norm = Math.sqrt(norm) || 1;
  let z = start;
  for (let i = 0; i < n; i++) {
    val[i] /= norm;
    z += weights[touched[i]] * (val[i] * scale);
  }
  c.clear();
  return z;
}
