import type { ToolProfile } from '../profiles/index.js';
import type { AssessContext, Factor, ToolCallInput } from '../types.js';
import type { Verdict } from '../policy.js';
import { gateCallView, gateEligible } from './gate-call.js';
import { gateModelScore } from './gate-score.js';

// The learned gate layer as the engine applies it: after the rules, to a call they allow whose
// tool is not read-only, never the other way round. It turns such a call into a question for a
// person when its score reaches the threshold, and says so in the reasons with the score, so an
// approver knows no rule fired.

export interface LearnedGate {
  factor: Factor;
  verdict: Verdict;
}

/** `cleared`: words of the call's commands rules cleared (CommandFacts.clear); the layer does not read them. */
export function learnedGate(call: ToolCallInput, profile: ToolProfile, context: AssessContext, cleared: readonly string[]): LearnedGate | null {
  if (!gateEligible(profile)) return null;
  const r = gateModelScore(gateCallView(call, profile, context, cleared));
  if (!r?.over) return null;
  const score = r.score.toFixed(2);
  return {
    factor: { name: 'learned_gate', risk: Math.round(r.score * 1000) / 1000, reason: `learned layer: ${score} (no rule fired; the call resembles labelled calls a person should approve)` },
    verdict: {
      pattern: 'pre_execution_gate',
      decision: 'ask',
      requires_human: true,
      crisis_rule: false,
      reason: `learned layer: ${score} >= ${r.threshold}: ask`,
    },
  };
}
