import type { FirewallThresholds } from '../config/firewall-schema.js';
import type { ChatRequest } from '../core/types.js';
import { redact } from './redact.js';
import type { Assessment, ToolCallInput } from './types.js';

// Optional LLM second opinion for ambiguous calls only: the middle risk band asked because the
// engine's confidence was weak. It may approve, deny or escalate (leave it to a human). It is
// never consulted for crisis-sensitive or critical calls, so it can never relax those.

export type JudgeVerdict = 'approve' | 'deny' | 'escalate';

export interface Opinion {
  verdict: JudgeVerdict;
  reason: string;
}

export interface SecondOpinionJudge {
  judge(call: ToolCallInput, assessment: Assessment, signal?: AbortSignal): Promise<Opinion>;
}

export function isAmbiguous(a: Assessment, t: FirewallThresholds): boolean {
  return (
    a.decision === 'ask' &&
    !a.crisis_sensitive &&
    !a.crisis_rule &&
    a.side_effect_class !== 'critical' &&
    a.pattern === 'confidence_threshold' &&
    a.risk_score <= t.ask_above
  );
}

/** Pure: folds an opinion into an assessment, or returns it unchanged when it may not apply. */
export function applyOpinion(a: Assessment, opinion: Opinion, t: FirewallThresholds): Assessment {
  if (!isAmbiguous(a, t)) return a;
  const reason = `second opinion: ${opinion.verdict} (${opinion.reason.slice(0, 300)})`;
  if (opinion.verdict === 'approve') return { ...a, decision: 'allow', requires_human: false, reasons: [...a.reasons, reason] };
  if (opinion.verdict === 'deny') return { ...a, decision: 'deny', requires_human: false, reasons: [...a.reasons, reason] };
  return { ...a, reasons: [...a.reasons, reason] };
}

const SYSTEM = `You review one tool call an AI agent wants to run. Answer with JSON only:
{"verdict": "approve" | "deny" | "escalate", "reason": "<one sentence>"}
approve: clearly safe and plainly what the user wants. deny: clearly harmful. escalate: anything else.`;

/** Parses the judge's reply; anything unexpected is an escalation, never an approval. */
export function parseOpinion(text: string | null | undefined): Opinion {
  const m = text ? /\{[\s\S]*\}/.exec(text) : null;
  if (!m) return { verdict: 'escalate', reason: 'judge gave no JSON answer' };
  try {
    const o = JSON.parse(m[0]) as { verdict?: unknown; reason?: unknown };
    if (o.verdict === 'approve' || o.verdict === 'deny' || o.verdict === 'escalate') {
      return { verdict: o.verdict, reason: typeof o.reason === 'string' ? o.reason : '' };
    }
  } catch {
    // fall through
  }
  return { verdict: 'escalate', reason: 'judge answer was not understood' };
}

/** A judge that asks a model through the gateway's own client (a route or model name). */
export function gatewayJudge(
  complete: (request: ChatRequest, signal?: AbortSignal) => Promise<{ content: string | null }>,
  model: string,
  timeoutMs: number,
): SecondOpinionJudge {
  return {
    async judge(call, assessment, signal) {
      const request: ChatRequest = {
        model,
        temperature: 0,
        max_tokens: 200,
        messages: [
          { role: 'system', content: SYSTEM },
          {
            role: 'user',
            content: JSON.stringify({ tool: call.tool, args: redact(call.args), firewall_reasons: assessment.reasons, risk: assessment.risk_score }),
          },
        ],
      };
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const reply = await complete(request, combined);
        return parseOpinion(reply.content);
      } catch (err) {
        return { verdict: 'escalate', reason: `judge unavailable: ${(err as Error).message}` };
      }
    },
  };
}
