import { densify, unpack, LearnedModelFormatError, type PackedModel } from '../../learned/weights-codec.js';
import { scoreFeatures, FEATURE_BITS } from './features.js';
import { CRISIS_MODEL_WEIGHTS } from './weights.generated.js';

// The learned crisis layer: a logistic regression over hashed character n-grams of the
// conversation and of the text a call carries (features.ts), trained by
// scripts/train-crisis-model.ts on the labelled corpus. It only escalates: crisis/assess.ts asks
// it only about calls the phrase screen let through that reach a person or cannot be undone, and
// a score at or above the threshold holds the call. Reads, local edits and a hook start that never
// meets such a call do not pay for decoding the weights.

interface Loaded {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

let loaded: Loaded | null = null;
let enabled = true;
// The packed weights are one string literal (cheap to parse at start); decoding them into a dense
// table is what costs, and it waits for the first call that needs a score.
const defaultSource = (): PackedModel => CRISIS_MODEL_WEIGHTS;
let source: () => PackedModel = defaultSource;

function model(): Loaded {
  if (loaded) return loaded;
  const p = source();
  if (p.bits !== FEATURE_BITS) throw new LearnedModelFormatError(`crisis model weights use ${p.bits}-bit features, the scorer ${FEATURE_BITS}`);
  const m = unpack(p);
  loaded = { weights: densify(m), bias: m.bias, threshold: m.threshold };
  return loaded;
}

/** Turns the learned layer on or off (config `firewall.crisis.learned_model`; on by default). */
export function setCrisisModelEnabled(on: boolean): void {
  enabled = on;
}

export function crisisModelEnabled(): boolean {
  return enabled;
}

/** Tests and the trainer: score with other weights (null restores the committed ones). */
export function useCrisisModel(p: PackedModel | null): void {
  source = p ? () => p : defaultSource;
  loaded = null;
}

export function crisisModelThreshold(): number {
  return model().threshold;
}

export interface CrisisModelResult {
  score: number;
  threshold: number;
  over: boolean;
}

/** The learned layer's opinion of one call; null when it is switched off. */
export function crisisModelScore(conversation: readonly string[], text: string): CrisisModelResult | null {
  if (!enabled) return null;
  const m = model();
  const score = scoreFeatures(conversation, text, m.weights, m.bias);
  return { score, threshold: m.threshold, over: score >= m.threshold };
}
