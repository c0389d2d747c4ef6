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
 * The vector of the hashed features a featurizer counted: log(1 + count) per index, in the order
 * given, L2-normalized. Resets the counts it reads, so the featurizer's table is clean for the next call.
 */
export function finishVector(touched: readonly number[], counts: Int32Array): SparseVector {
  const idx = Int32Array.from(touched);
  const val = new Float64Array(idx.length);
  let norm = 0;
  for (let i = 0; i < idx.length; i++) {
    val[i] = Math.log1p(counts[idx[i]]);
    counts[idx[i]] = 0;
    norm += val[i] * val[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i] /= norm;
  return { idx, val };
}
