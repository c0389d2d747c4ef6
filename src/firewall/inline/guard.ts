import type { ChatRequest, StreamChunk } from '../../core/types.js';
import type { Passthrough } from '../../providers/types.js';
import type { CompletedInference, StreamingInference } from '../../routing/gateway.js';
import type { Plan, RequestMeta } from '../../routing/resolve.js';
import type { AppContext } from '../../server/context.js';
import type { HttpReply } from '../../server/http-types.js';
import { firewallService } from '../service-of.js';
import { traceObserver, type Observer } from './observe.js';
import { ObservedStream, ToolCallParts } from './observed-stream.js';
import { blockedText, contextOf, decideCalls, headerValue, type FirewallSpans, type InlineMode, type InlineResult } from './decide.js';
import { tracingOf } from '../../telemetry/open.js';

// The gateway's inline firewall. Routes call `guardCompletion` on a JSON response and
// `guardStream` on a stream; both do nothing when the route's firewall is off or the model asked
// for no tool. observe: assess and report, response unchanged. enforce: hold the tool calls that
// need a human until answered; denied or expired calls are removed and replaced by assistant text.

export const FIREWALL_HEADER = 'x-switchyard-firewall';

/** The route's own `firewall` setting wins; otherwise the firewall section's mode. */
export function inlineMode(ctx: AppContext, plan: Plan): InlineMode | null {
  const mode = (plan.route ? ctx.config.routes[plan.route]?.firewall : undefined) ?? ctx.config.firewall.mode;
  return mode === 'off' ? null : mode;
}

function observer(ctx: AppContext): Observer {
  return traceObserver(ctx.store.firewall, ctx.config.firewall);
}

/** Trace spans for the firewall's work on one inference, when telemetry is on. */
function spansFor(ctx: AppContext, inferenceId: string): FirewallSpans | undefined {
  const tracing = tracingOf(ctx.services);
  if (!tracing) return undefined;
  return {
    assess: (tool, fn) => tracing.child(inferenceId, 'switchyard.firewall.assess', { 'gen_ai.tool.name': tool }, fn),
    wait: (approvalId, fn) => tracing.child(inferenceId, 'switchyard.firewall.approval_wait', { 'switchyard.approval_id': approvalId }, fn),
  };
}

function report(r: InlineResult): Record<string, unknown> {
  return { firewall: { mode: r.mode, calls: r.calls, blocked: r.blocked.map((b) => b.report.tool_call_id) } };
}

/**
 * JSON responses: may rewrite `result.response` (enforce) and sets the firewall header. Returns
 * the extension fields to merge into the `switchyard` object of the response, or undefined.
 */
export async function guardCompletion(ctx: AppContext, request: ChatRequest, meta: RequestMeta, result: CompletedInference, reply: HttpReply, userTexts?: () => string[]): Promise<Record<string, unknown> | undefined> {
  const mode = inlineMode(ctx, result.plan);
  const calls = result.response.message.tool_calls ?? [];
  if (!mode || calls.length === 0) return undefined;
  const r = await decideCalls(firewallService(ctx), observer(ctx), mode, calls, contextOf(request, meta.sessionId, userTexts), () => meta.signal, spansFor(ctx, result.inferenceId));
  if (r.blocked.length > 0) {
    if (result.raw && result.passthrough) {
      result.raw = result.passthrough.editJson(result.raw, { drop: new Set(r.blocked.map((b) => b.call.id)), text: blockedText(r.blocked) });
    }
    const msg = result.response.message;
    msg.tool_calls = r.kept.length ? r.kept : undefined;
    msg.content = [msg.content, blockedText(r.blocked)].filter((t) => t && t.length > 0).join('\n\n');
    if (r.kept.length === 0 && result.response.finish_reason === 'tool_calls') result.response.finish_reason = 'stop';
  }
  reply.header(FIREWALL_HEADER, headerValue(r));
  return report(r);
}

/**
 * Streams: replaces `streaming.chunks` with a guarded iterator and sets the firewall header (the
 * mode only: per-call outcomes are not known when headers go out; they are stored as traces).
 * Text streams through at once; in enforce mode the tool-call deltas, the finish and the usage
 * chunk are held until every call is decided.
 */
export function guardStream(ctx: AppContext, request: ChatRequest, meta: RequestMeta, streaming: StreamingInference, reply: HttpReply, userTexts?: () => string[]): void {
  const mode = inlineMode(ctx, streaming.plan);
  if (!mode) return;
  reply.header(FIREWALL_HEADER, `mode=${mode}`);
  const spans = spansFor(ctx, streaming.inferenceId);
  streaming.chunks = mode === 'observe'
    ? new ObservedStream(streaming.chunks, (calls) => decideCalls(firewallService(ctx), observer(ctx), mode, calls, contextOf(request, meta.sessionId, userTexts), () => meta.signal, spans))
    : enforced(ctx, request, meta, streaming.chunks, streaming.passthrough, spans, userTexts);
}

type Raw = Extract<StreamChunk, { type: 'raw' }>;

/** Enforce mode: text streams through; tool-call deltas, the finish and the usage wait for the decision. */
async function* enforced(ctx: AppContext, request: ChatRequest, meta: RequestMeta, source: AsyncIterable<StreamChunk>, pass?: Passthrough, spans?: FirewallSpans, userTexts?: () => string[]): AsyncGenerator<StreamChunk> {
  const parts = new ToolCallParts();
  const held: StreamChunk[] = [];
  // Pass-through bytes: everything from the first tool-call event on waits for the decision
  // (blocks must reach the client in index order), and so do the closing events.
  const heldRaw: Raw[] = [];
  let sentText = false;
  for await (const chunk of source) {
    if (chunk.type === 'raw') {
      if (heldRaw.length > 0 || chunk.tools?.length || chunk.final) heldRaw.push(chunk);
      else yield chunk;
      continue;
    }
    if (chunk.type === 'delta' && chunk.tool_calls?.length) {
      parts.add(chunk.tool_calls);
      if (chunk.content || chunk.reasoning) {
        sentText ||= !!chunk.content;
        yield { type: 'delta', content: chunk.content, reasoning: chunk.reasoning };
      }
      continue;
    }
    if (chunk.type === 'finish' || chunk.type === 'usage') {
      held.push(chunk);
      continue;
    }
    if (chunk.type === 'delta' && chunk.content) sentText = true;
    yield chunk;
  }
  const calls = parts.calls();
  if (calls.length === 0) {
    yield* held;
    yield* heldRaw;
    return;
  }
  const r = await decideCalls(firewallService(ctx), observer(ctx), 'enforce', calls, contextOf(request, meta.sessionId, userTexts), () => meta.signal, spans);
  if (pass && heldRaw.length) {
    if (r.blocked.length === 0) yield* heldRaw;
    else yield { type: 'raw', data: pass.editStream(heldRaw, { drop: new Set(r.blocked.map((b) => b.call.id)), text: blockedText(r.blocked) }) };
  }
  for (const [index, c] of r.kept.entries()) {
    yield { type: 'delta', tool_calls: [{ index, id: c.id, name: c.function.name, arguments: c.function.arguments }] };
  }
  if (r.blocked.length > 0) yield { type: 'delta', content: `${sentText ? '\n\n' : ''}${blockedText(r.blocked)}` };
  for (const h of held) {
    if (h.type === 'finish' && r.kept.length === 0 && h.finish_reason === 'tool_calls') yield { type: 'finish', finish_reason: 'stop' };
    else yield h;
  }
}
