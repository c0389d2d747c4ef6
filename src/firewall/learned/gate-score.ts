import { scoreGateFeatures, GATE_FEATURE_BITS, type GateCallView } from './gate-features.js';
import { thresholdFor } from './kind-threshold.js';
import { LearnedLayer } from './layer.js';
import type { PackedModel } from './weights-codec.js';
import { GATE_MODEL_WEIGHTS } from './gate-weights.generated.js';

// The learned gate layer: a logistic regression over hashed words of a call (tool, argument keys
// and values, the user's request; gate-features.ts), trained by scripts/train-gate-model.ts on
// the labelled corpus. It only escalates: the engine asks it only about calls the rules allow
// whose tool is not read-only, and a score at or above the threshold makes the call wait for a
// person. Reads never pay for it, and the weights are decoded on the first call that needs them.

const layer = new LearnedLayer('gate', GATE_FEATURE_BITS, () => GATE_MODEL_WEIGHTS);

/** Turns the learned gate layer on or off (config `firewall.learned_gate`; on by default). */
export function setGateModelEnabled(on: boolean): void {
  layer.enabled = on;
}

export function gateModelEnabled(): boolean {
  return layer.enabled;
}

/** Tests: score with other weights (null restores the committed ones). */
export function useGateModel(p: PackedModel | null): void {
  layer.use(p);
}

export interface GateModelResult {
  score: number;
  threshold: number;
  over: boolean;
}

/** The layer's opinion of one eligible call; null when it is switched off. */
export function gateModelScore(view: GateCallView): GateModelResult | null {
  if (!layer.enabled) return null;
  const m = layer.model();
  const score = scoreGateFeatures(view, m.weights, m.bias);
  const threshold = thresholdFor(m, view.kind);
  return { score, threshold, over: score >= threshold };
}
