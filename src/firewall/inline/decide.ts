import type { ChatRequest, ToolCall } from '../../core/types.js';
import { textOf } from '../../core/types.js';
import type { FirewallService, GateResult } from '../approvals.js';
import type { Observer } from './observe.js';
import type { AssessContext } from '../types.js';

// The part of the inline guard that both the JSON and the streamed path share: assess each tool
// call of a model response and, in enforce mode, wait for the human answers the gated ones need.

export type InlineMode = 'observe' | 'enforce';

/** Wraps the assessment and the approval wait in trace spans (src/telemetry/); absent when telemetry is off. */
export interface FirewallSpans {
  assess<T>(tool: string, fn: () => Promise<T>): Promise<T>;
  wait<T>(approvalId: string, fn: () => Promise<T>): Promise<T>;
}

/** What happened to one tool call, reported to the client in the `switchyard.firewall` field. */
export interface CallReport {
  tool_call_id: string;
  tool_name: string;
  decision: 'allow' | 'ask' | 'deny';
  risk_score: number;
  side_effect_class: string;
  /** allowed | allowed_by_rule | approved | denied | expired | observed (observe mode: not enforced) */
  outcome: string;
  trace_id: string;
  approval_id: string | null;
  reasons: string[];
  decided_by?: string | null;
}

export interface InlineResult {
  mode: InlineMode;
  kept: ToolCall[];
  blocked: { call: ToolCall; report: CallReport }[];
  calls: CallReport[];
}

/** textOf of each user message's content, in order: what the firewall's context reads of a request. */
export function userTextsOf(request: ChatRequest): string[] {
  return request.messages.filter((m) => m.role === 'user').map((m) => textOf(m.content));
}

/**
 * Crisis detection reads the conversation the call answers: the last few user messages.
 * `userTexts`, when the route has it: textOf of each user message's content, read without
 * converting a deferred request (src/server/openai-chat/read-body.ts).
 */
export function contextOf(request: ChatRequest, sessionId: string | undefined, userTexts?: () => string[]): AssessContext {
  const texts = userTexts ? userTexts() : userTextsOf(request);
  const users = texts.filter((t) => t.trim() !== '');
  const last = users.slice(-5);
  return { user_message: last.at(-1), user_messages: last, session_id: sessionId };
}

export function parseArgs(raw: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(raw || '{}');
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    return { _value: v };
  } catch {
    // Unparseable arguments are assessed as an opaque string: never waved through as "no args".
    return { _raw: raw };
  }
}

/** What the observer or the service answered for one call. */
type Gated = Pick<GateResult, 'assessment' | 'trace_id'> & Partial<GateResult>;

/**
 * `signalOf`: the client's cancellation, asked for only when a call waits for a human (an
 * AbortSignal costs Node 20 more than the rest of an observe-mode decision).
 */
export async function decideCalls(svc: FirewallService, observe: Observer, mode: InlineMode, calls: ToolCall[], context: AssessContext, signalOf?: () => AbortSignal | undefined, spans?: FirewallSpans): Promise<InlineResult> {
  const inputs = calls.map((c) => ({ tool: c.function.name, args: parseArgs(c.function.arguments) }));
  const assess = (input: (typeof inputs)[number]) => (mode === 'observe' ? observe(input, context) : svc.gate(input, context));
  const answers = inputs.map((input) => (spans ? spans.assess(input.tool, async () => assess(input)) : assess(input)));
  // Observe mode with queued traces answers at once: no promise per call to wait for.
  const gated: Gated[] = answers.every((a) => !(a instanceof Promise)) ? (answers as Gated[]) : await Promise.all(answers);
  // Observe mode waits for nobody: its reports are built at once, without a promise per call.
  const reports =
    mode === 'observe'
      ? gated.map((g, i) => callReport(calls[i], g, g.assessment.decision === 'allow' ? 'allowed' : 'observed'))
      : await Promise.all(
          gated.map(async (g, i): Promise<CallReport> => {
            if (g.status === 'allow') return callReport(calls[i], g, g.rule_id ? 'allowed_by_rule' : 'allowed');
            if (g.status === 'deny' || !g.approval) return callReport(calls[i], g, 'denied', 'policy');
            const approvalId = g.approval.id;
            const signal = signalOf?.();
            const wait = async () => {
              try {
                return await svc.waitForDecision(approvalId, signal);
              } catch (err) {
                // The client went away: nobody will run the call, so nobody may approve it any more.
                if (signal?.aborted) await svc.abandon(approvalId, 'client disconnected').catch(() => undefined);
                throw err;
              }
            };
            const answer = await (spans ? spans.wait(approvalId, wait) : wait());
            return callReport(calls[i], g, answer.status, answer.decided_by);
          }),
        );
  const kept: ToolCall[] = [];
  const blocked: InlineResult['blocked'] = [];
  reports.forEach((r, i) => {
    if (mode === 'observe' || r.outcome === 'allowed' || r.outcome === 'allowed_by_rule' || r.outcome === 'approved') kept.push(calls[i]);
    else blocked.push({ call: calls[i], report: r });
  });
  return { mode, kept, blocked, calls: reports };
}

/**
 * One literal, not `{ ...base, outcome }`: on Node 20 a key added after a spread makes a new hidden
 * class every time (docs/performance.md, "Dead requests promoted").
 */
function callReport(call: ToolCall, g: Gated, outcome: string, decidedBy?: string | null): CallReport {
  return {
    tool_call_id: call.id,
    tool_name: call.function.name,
    decision: g.assessment.decision,
    risk_score: g.assessment.risk_score,
    side_effect_class: g.assessment.side_effect_class,
    trace_id: g.trace_id,
    approval_id: g.approval?.id ?? null,
    reasons: g.assessment.reasons,
    outcome,
    ...(decidedBy !== undefined ? { decided_by: decidedBy } : {}),
  };
}

/** Assistant text telling the agent what was blocked and why, so its loop goes on without the call. */
export function blockedText(blocked: InlineResult['blocked']): string {
  const lines = blocked.map(({ call, report }) => {
    const why =
      report.outcome === 'expired'
        ? 'no approver answered before the approval expired'
        : report.outcome === 'abandoned'
          ? 'gateway restarting, not run'
        : report.decided_by === 'policy'
          ? 'the firewall policy denies it'
          : `an approver denied it${report.decided_by ? ` (${report.decided_by})` : ''}`;
    const args = call.function.arguments.length > 200 ? `${call.function.arguments.slice(0, 200)}...` : call.function.arguments;
    const reasons = report.reasons.length ? ` Risk: ${report.reasons.join('; ')}.` : '';
    return `- ${call.function.name} ${args} was not run: ${why}.${reasons}`;
  });
  return `[Switchyard firewall] ${blocked.length === 1 ? 'A tool call was' : `${blocked.length} tool calls were`} blocked and not executed:\n${lines.join('\n')}\nDo not retry the same call; continue another way or ask the user.`;
}

/** The response header value: the mode and a count per outcome, outcomes in first-seen order. */
export function headerValue(r: InlineResult): string {
  let out = `mode=${r.mode}; calls=${r.calls.length}`;
  r.calls.forEach((c, i) => {
    if (r.calls.findIndex((d) => d.outcome === c.outcome) === i) out += `; ${c.outcome}=${r.calls.filter((d) => d.outcome === c.outcome).length}`;
  });
  return out;
}
