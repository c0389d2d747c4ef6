import type { FirewallThresholds } from '../config/firewall-schema.js';
import type { Decision, Factor, GatePattern, SideEffectClass } from './types.js';

// From factors to a verdict. Scoring is "worst factor, nudged up by other serious ones", so one
// dangerous thing is never averaged away by many harmless ones, and every reason shown to a
// person is a factor that actually moved the score.

export function combineRisk(factors: Factor[]): number {
  let max = 0;
  for (const f of factors) if (f.risk > max) max = f.risk;
  let extra = 0;
  for (const f of factors) if (f.risk >= 0.4 && f.risk < max) extra += 0.03;
  return round(Math.min(1, max + Math.min(extra, 0.1)));
}

export interface PolicyInput {
  risk: number;
  confidence: number;
  side_effect_class: SideEffectClass;
  reversible: boolean;
  outbound: boolean;
  crisis_sensitive: boolean;
}

export interface PolicyOptions {
  thresholds: FirewallThresholds;
  post_execution_review: boolean;
}

export interface Verdict {
  pattern: GatePattern;
  decision: Decision;
  requires_human: boolean;
  crisis_rule: boolean;
  reason: string;
}

export function decide(input: PolicyInput, opts: PolicyOptions): Verdict {
  const t = opts.thresholds;
  const r = input.risk.toFixed(2);
  // The crisis rule comes first and reads no setting: a crisis-sensitive call that reaches
  // people or cannot be undone always waits for a human.
  if (input.crisis_sensitive && (input.outbound || !input.reversible)) {
    return {
      pattern: 'pre_execution_gate',
      decision: 'ask',
      requires_human: true,
      crisis_rule: true,
      reason: 'crisis rule: crisis-sensitive and outbound or irreversible, so a human must confirm before it runs',
    };
  }
  if (t.deny_above !== null && input.risk >= t.deny_above) {
    return { pattern: 'pre_execution_gate', decision: 'deny', requires_human: false, crisis_rule: false, reason: `risk ${r} >= deny_above ${t.deny_above}: denied` };
  }
  if (input.side_effect_class === 'critical') {
    return { pattern: 'pre_execution_gate', decision: 'ask', requires_human: true, crisis_rule: false, reason: `critical side effects (risk ${r}): a human must approve before it runs` };
  }
  if (input.risk > t.ask_above) {
    const gate = !input.reversible;
    return {
      pattern: gate ? 'pre_execution_gate' : 'confidence_threshold',
      decision: 'ask',
      requires_human: true,
      crisis_rule: false,
      reason: `risk ${r} > ${t.ask_above}: ask`,
    };
  }
  if (input.risk >= t.auto_below) {
    if (input.confidence < t.min_confidence || input.crisis_sensitive) {
      return {
        pattern: 'confidence_threshold',
        decision: 'ask',
        requires_human: true,
        crisis_rule: false,
        reason: input.crisis_sensitive
          ? `risk ${r} in the middle band during a crisis conversation: ask`
          : `risk ${r} in the middle band and confidence ${input.confidence.toFixed(2)} < ${t.min_confidence}: ask`,
      };
    }
    return { pattern: 'confidence_threshold', decision: 'allow', requires_human: false, crisis_rule: false, reason: `risk ${r} in the middle band with confidence ${input.confidence.toFixed(2)}: allow` };
  }
  // Run-then-review only for what is low-risk, reversible and stays on this machine.
  const review = opts.post_execution_review && input.side_effect_class === 'local_edit' && input.reversible && !input.outbound && !input.crisis_sensitive;
  return {
    pattern: review ? 'post_execution_review' : 'confidence_threshold',
    decision: 'allow',
    requires_human: false,
    crisis_rule: false,
    reason: `risk ${r} < ${t.auto_below}: allow${review ? ', review afterwards' : ''}`,
  };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
