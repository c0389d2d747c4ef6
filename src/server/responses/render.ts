import type { ChatResponse, FinishReason, ToolCall, Usage } from '../../core/types.js';
import type { Item } from './items.js';
import type { ParsedResponses } from './request.js';
import type { ToolMap } from './tools.js';

// ChatResponse -> the Response object of the Responses API (non-streaming), and the pieces the
// stream writer shares with it: the echoed request fields, usage, and one output item per block.

export interface ResponseIds {
  id: string; // resp_<hex>
  hex: string;
  createdAt: number; // unix seconds
}

/** The fields a Response echoes from its request, in the order OpenAI returns them. */
export function responseBase(p: ParsedResponses, ids: ResponseIds, model: string): Record<string, unknown> {
  const b = p.body;
  return {
    id: ids.id,
    object: 'response',
    created_at: ids.createdAt,
    status: 'in_progress',
    background: false,
    error: null,
    incomplete_details: null,
    instructions: b.instructions ?? null,
    max_output_tokens: b.max_output_tokens ?? null,
    max_tool_calls: b.max_tool_calls ?? null,
    model,
    output: [],
    parallel_tool_calls: b.parallel_tool_calls ?? true,
    previous_response_id: b.previous_response_id ?? null,
    prompt_cache_key: b.prompt_cache_key ?? null,
    reasoning: { effort: b.reasoning?.effort ?? null, summary: b.reasoning?.summary ?? b.reasoning?.generate_summary ?? null },
    safety_identifier: b.safety_identifier ?? null,
    service_tier: b.service_tier ?? 'default',
    store: p.store,
    temperature: b.temperature ?? 1,
    text: { format: b.text?.format ?? { type: 'text' }, verbosity: b.text?.verbosity ?? 'medium' },
    tool_choice: b.tool_choice ?? 'auto',
    tools: b.tools ?? [],
    top_logprobs: b.top_logprobs ?? 0,
    top_p: b.top_p ?? 1,
    truncation: b.truncation ?? 'disabled',
    usage: null,
    user: b.user ?? null,
    metadata: b.metadata ?? {},
  };
}

export function renderUsage(u: Usage | undefined): Record<string, unknown> | null {
  if (!u) return null;
  return {
    input_tokens: u.prompt_tokens,
    input_tokens_details: { cached_tokens: u.cached_input_tokens ?? 0 },
    output_tokens: u.completion_tokens,
    output_tokens_details: { reasoning_tokens: u.reasoning_tokens ?? 0 },
    total_tokens: u.total_tokens,
  };
}

/** Status and incomplete_details for a finish reason. */
export function terminalState(finish: FinishReason): { status: 'completed' | 'incomplete'; incomplete_details: { reason: string } | null } {
  if (finish === 'length') return { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } };
  if (finish === 'content_filter') return { status: 'incomplete', incomplete_details: { reason: 'content_filter' } };
  return { status: 'completed', incomplete_details: null };
}

export const reasoningItem = (id: string, text: string, status = 'completed'): Item => ({
  id,
  type: 'reasoning',
  summary: text ? [{ type: 'summary_text', text }] : [],
  ...(status === 'completed' ? {} : { status }),
});

export const messageItem = (id: string, text: string, status = 'completed'): Item => ({
  id,
  type: 'message',
  status,
  role: 'assistant',
  content: status === 'completed' ? [outputText(text)] : [],
});

export const outputText = (text: string): Item => ({ type: 'output_text', text, annotations: [], logprobs: [] });

/** A tool call as a function_call (or custom_tool_call) item, with its namespace restored. */
export function callItem(call: ToolCall, tools: ToolMap, status = 'completed'): Item {
  const ref = tools.ref(call.function.name);
  const ns = ref.namespace ? { namespace: ref.namespace } : {};
  if (ref.custom) {
    return { id: `ctc_${call.id}`, type: 'custom_tool_call', status, call_id: call.id, name: ref.name, input: status === 'completed' ? customInput(call.function.arguments) : '', ...ns };
  }
  return { id: `fc_${call.id}`, type: 'function_call', status, call_id: call.id, name: ref.name, arguments: status === 'completed' ? call.function.arguments : '', ...ns };
}

/** The freeform input of a custom tool, from the `{input}` object the translated function received. */
export function customInput(args: string): string {
  try {
    const v = JSON.parse(args) as { input?: unknown };
    return typeof v?.input === 'string' ? v.input : args;
  } catch {
    return args;
  }
}

function outputItems(r: ChatResponse, ids: ResponseIds, tools: ToolMap): Item[] {
  const out: Item[] = [];
  if (r.message.reasoning) out.push(reasoningItem(`rs_${ids.hex}`, r.message.reasoning));
  if (r.message.content) out.push(messageItem(`msg_${ids.hex}`, r.message.content));
  for (const c of r.message.tool_calls ?? []) out.push(callItem(c, tools));
  return out;
}

/** The complete non-streaming Response object. */
export function renderResponse(p: ParsedResponses, ids: ResponseIds, r: ChatResponse, model: string): Record<string, unknown> {
  return {
    ...responseBase(p, ids, model),
    ...terminalState(r.finish_reason),
    completed_at: Math.floor(Date.now() / 1000),
    output: outputItems(r, ids, p.tools),
    usage: renderUsage(r.usage),
  };
}
