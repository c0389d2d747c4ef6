import { LearnedLayer } from '../../learned/layer.js';
import type { PackedModel } from '../../learned/weights-codec.js';
import { scoreConversation, FEATURE_BITS } from './features.js';
import { CRISIS_MODEL_WEIGHTS } from './weights.generated.js';

// The learned crisis layer: a logistic regression over hashed character n-grams of the
// conversation and of the text a call carries (features.ts; the whole conversation and each turn
// alone, the highest score counts), trained by
// scripts/train-crisis-model.ts on the labelled corpus. It only escalates: crisis/assess.ts asks
// it only about calls the phrase screen let through that reach a person or cannot be undone, and
// a score at or above the threshold holds the call. Reads, local edits and a hook start that never
// meets such a call do not pay for decoding the weights (learned/layer.ts decodes on first use).

const layer = new LearnedLayer('crisis', FEATURE_BITS, () => CRISIS_MODEL_WEIGHTS);

/** Turns the learned layer on or off (config `firewall.crisis.learned_model`; on by default). */
export function setCrisisModelEnabled(on: boolean): void {
  layer.enabled = on;
}

export function crisisModelEnabled(): boolean {
  return layer.enabled;
}

/** Tests and the trainer: score with other weights (null restores the committed ones). */
export function useCrisisModel(p: PackedModel | null): void {
  layer.use(p);
}

export function crisisModelThreshold(): number {
  return layer.model().threshold;
}

export interface CrisisModelResult {
  score: number;
  threshold: number;
  over: boolean;
}

/** The learned layer's opinion of one call; null when it is switched off. */
export function crisisModelScore(conversation: readonly string[], text: string): CrisisModelResult | null {
  if (!layer.enabled) return null;
  const m = layer.model();
  const score = scoreConversation(conversation, text, m.weights, m.bias);
  return { score, threshold: m.threshold, over: score >= m.threshold };
}
