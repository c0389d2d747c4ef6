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
