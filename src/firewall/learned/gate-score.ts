import { scoreGateFeatures, GATE_FEATURE_BITS, type GateCallView } from './gate-features.js';
import { densify, unpack, LearnedModelFormatError, type PackedModel } from './weights-codec.js';
import { GATE_MODEL_WEIGHTS } from './gate-weights.generated.js';

// The learned gate layer: a logistic regression over hashed words of a call (tool, argument keys
// and values, the user's request; gate-features.ts), trained by scripts/train-gate-model.ts on
// the labelled corpus. It only escalates: the engine asks it only about calls the rules allow
// whose tool is not read-only, and a score at or above the threshold makes the call wait for a
// person. Reads never pay for it, and the weights are decoded on the first call that needs them.

interface Loaded {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

let loaded: Loaded | null = null;
let enabled = true;
const defaultSource = (): PackedModel => GATE_MODEL_WEIGHTS;
let source: () => PackedModel = defaultSource;

function model(): Loaded {
  if (loaded) return loaded;
  const p = source();
  if (p.bits !== GATE_FEATURE_BITS) throw new LearnedModelFormatError(`gate model weights use ${p.bits}-bit features, the scorer ${GATE_FEATURE_BITS}`);
  const m = unpack(p);
  loaded = { weights: densify(m), bias: m.bias, threshold: m.threshold };
  return loaded;
}

/** Turns the learned gate layer on or off (config `firewall.learned_gate`; on by default). */
export function setGateModelEnabled(on: boolean): void {
  enabled = on;
}

export function gateModelEnabled(): boolean {
  return enabled;
}

/** Tests: score with other weights (null restores the committed ones). */
export function useGateModel(p: PackedModel | null): void {
  source = p ? () => p : defaultSource;
  loaded = null;
}

export interface GateModelResult {
  score: number;
  threshold: number;
  over: boolean;
}

/** The layer's opinion of one eligible call; null when it is switched off. */
export function gateModelScore(view: GateCallView): GateModelResult | null {
  if (!enabled) return null;
  const m = model();
  const score = scoreGateFeatures(view, m.weights, m.bias);
  return { score, threshold: m.threshold, over: score >= m.threshold };
}
