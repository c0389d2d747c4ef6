import { mulberry32 } from '../../providers/simulated/random.js';
import type { CompactModel } from './weights-codec.js';
import { scoreVector, type SparseVector } from './sparse.js';
import { densify } from './weights-codec.js';

// Logistic regression by SGD over hashed sparse features, shared by the learned layers' trainers
// (scripts/train-crisis-model.ts, scripts/train-gate-model.ts). Deterministic: a seeded shuffle
// and a fixed arithmetic order, so the same rows give the same weights on every machine.

export interface TrainOptions {
  bits: number;
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weights kept after training: the strongest by magnitude. */
  keep: number;
}

export interface LabelledVector {
  x: SparseVector;
  positive: boolean;
  /** Multiplies this example's gradient (1 when absent). */
  weight?: number;
}

/** Classes balanced, L2 applied to the features each example touches, learning rate decaying per epoch. */
export function trainLogistic(data: readonly LabelledVector[], o: TrainOptions): CompactModel {
  const pos = data.filter((e) => e.positive).length;
  const neg = data.length - pos;
  const wPos = pos ? data.length / (2 * pos) : 1;
  const wNeg = neg ? data.length / (2 * neg) : 1;
  const w = new Float64Array(1 << o.bits);
  let b = 0;
  const order = data.map((_, i) => i);
  const rand = mulberry32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = o.learningRate / (1 + epoch * 0.5);
    for (const k of order) {
      const e = data[k];
      let z = b;
      for (let i = 0; i < e.x.idx.length; i++) z += w[e.x.idx[i]] * e.x.val[i];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (e.positive ? 1 : 0)) * (e.positive ? wPos : wNeg) * (e.weight ?? 1);
      for (let i = 0; i < e.x.idx.length; i++) {
        const f = e.x.idx[i];
        w[f] -= lr * (g * e.x.val[i] + o.l2 * w[f]);
      }
      b -= lr * g;
    }
  }
  return compact(w, b, o);
}

/** The `keep` strongest weights, quantized to int16; ties broken by index so the cut is stable. */
function compact(w: Float64Array, bias: number, o: TrainOptions): CompactModel {
  const order = Array.from({ length: w.length }, (_, i) => i).filter((i) => w[i] !== 0);
  order.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b);
  const kept = order.slice(0, o.keep).sort((a, b) => a - b);
  let max = 0;
  for (const i of kept) max = Math.max(max, Math.abs(w[i]));
  const scale = Number(((max || 1) / 32_767).toPrecision(6));
  return {
    bits: o.bits,
    bias: Number(bias.toFixed(6)),
    threshold: 1,
    scale,
    idx: Int32Array.from(kept),
    q: Int16Array.from(kept.map((i) => Math.round(w[i] / scale))),
  };
}

/**
 * Out-of-fold scores for leave-one-group-out cross-validation: each listed group's eligible
 * examples scored by a model trained on every other example (`score`: how a layer scores an
 * example under weights, its vector's logistic score unless the layer reads more than one).
 */
export function outOfFoldScores<E extends { group: string; eligible: boolean; x: SparseVector }>(
  examples: readonly E[],
  groups: readonly string[],
  train: (rest: E[]) => CompactModel,
  score: (e: E, weights: Float32Array, bias: number) => number = (e, weights, bias) => scoreVector(e.x, weights, bias),
): Map<E, number> {
  const scores = new Map<E, number>();
  for (const g of groups) scoreHeldOut(examples, g, train(examples.filter((e) => e.group !== g)), score, scores);
  return scores;
}

/** Scores one held-out group's eligible examples under the model trained without it, into `scores`. */
export function scoreHeldOut<E extends { group: string; eligible: boolean; x: SparseVector }>(
  examples: readonly E[],
  group: string,
  m: CompactModel,
  score: (e: E, weights: Float32Array, bias: number) => number,
  scores: Map<E, number>,
): void {
  const dense = densify(m);
  for (const e of examples) if (e.group === group && e.eligible) scores.set(e, score(e, dense, m.bias));
}
