import type { FirewallTrace } from '../store/firewall-types.js';
import type { Assessment } from './types.js';

/** A stored trace, written for a person (`switchyard firewall explain ID`). */
export function explainTrace(t: FirewallTrace): string {
  const a = t.assessment as Assessment;
  const input = t.input as { args?: unknown; context?: { user_message?: string } };
  const lines = [
    `trace ${t.id}  ${t.created_at}${t.session_id ? `  session ${t.session_id}` : ''}`,
    `tool      ${t.tool_name}  (${a.profile_source} profile, ${a.side_effect_class}${a.reversible ? ', reversible' : ', irreversible'})`,
    `args      ${JSON.stringify(input.args ?? {}).slice(0, 400)}`,
    `decision  ${a.decision.toUpperCase()}  via ${a.pattern}${a.requires_human ? ', requires a human' : ''}${a.crisis_rule ? '  [crisis rule]' : ''}`,
    `risk      ${a.risk_score.toFixed(2)}   confidence ${a.confidence.toFixed(2)}   assessed in ${Math.round(t.duration_us)} us`,
    `approval  ${t.approval_outcome ?? 'none needed'}${t.approval_id ? ` (${t.approval_id})` : ''}`,
    'why:',
    ...a.reasons.map((r) => `  - ${r}`),
    'factors:',
    ...a.factors.map((f) => `  ${f.risk.toFixed(2)}  ${f.name.padEnd(28)} ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
