import { newToolCallId } from '../../core/ids.js';
import type { ChatResponse, FinishReason, StreamChunk, ToolCall, Usage } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';
import { empty, inBandError, malformed } from '../http.js';

// Chat Completions responses -> ChatResponse, and the pieces the stream mapper shares.

export function finishOf(raw: unknown, hasToolCalls: boolean): FinishReason {
  switch (raw) {
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    default:
      // Some servers (Ollama, older vLLM) say `stop` even when they called a tool.
      return hasToolCalls ? 'tool_calls' : 'stop';
  }
}

export function usageOf(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Record<string, unknown>;
  const prompt = typeof u.prompt_tokens === 'number' ? u.prompt_tokens : 0;
  const completion = typeof u.completion_tokens === 'number' ? u.completion_tokens : 0;
  const usage: Usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: typeof u.total_tokens === 'number' ? u.total_tokens : prompt + completion };
  const cached = (u.prompt_tokens_details as Record<string, unknown> | undefined)?.cached_tokens;
  if (typeof cached === 'number') usage.cached_input_tokens = cached;
  const reasoning = (u.completion_tokens_details as Record<string, unknown> | undefined)?.reasoning_tokens;
  if (typeof reasoning === 'number') usage.reasoning_tokens = reasoning;
  return usage;
}

/** Content is a string on most servers; a few (Mistral-style) send an array of text parts. */
export function contentText(c: unknown): string | null {
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return null;
  let out = '';
  for (const p of c) if (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string') out += (p as { text: string }).text;
  return out;
}

export function reasoningOf(m: Record<string, unknown>): string | undefined {
  const r = m.reasoning ?? m.reasoning_content;
  return typeof r === 'string' && r.length > 0 ? r : undefined;
}

export function parseResponse(body: Record<string, unknown>, target: ProviderTarget, status?: number): ChatResponse {
  if (body.error) throw inBandError(body.error as Record<string, unknown>, target);
  const choices = body.choices;
  if (!Array.isArray(choices)) throw malformed(target, 'no `choices` array', status);
  if (choices.length === 0) throw empty(target, status);
  const choice = choices[0] as Record<string, unknown>;
  const m = choice?.message as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object') throw malformed(target, '`choices[0].message` is missing', status);
  let content = contentText(m.content);
  if (content === null && typeof m.refusal === 'string') content = m.refusal;
  let toolCalls: ToolCall[] | undefined;
  if (Array.isArray(m.tool_calls) && m.tool_calls.length > 0) {
    toolCalls = m.tool_calls.map((raw) => {
      const tc = raw as { id?: string; function?: { name?: string; arguments?: unknown } };
      if (!tc?.function || typeof tc.function.name !== 'string') throw malformed(target, 'a tool call has no function name', status);
      const args = tc.function.arguments;
      return {
        id: typeof tc.id === 'string' && tc.id ? tc.id : newToolCallId(),
        type: 'function',
        function: { name: tc.function.name, arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}) },
      };
    });
  }
  const reasoning = reasoningOf(m);
  if (!content && !toolCalls) throw empty(target, status);
  const out: ChatResponse = {
    upstream_id: typeof body.id === 'string' ? body.id : undefined,
    model: typeof body.model === 'string' ? body.model : target.model,
    message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}), ...(reasoning ? { reasoning } : {}) },
    finish_reason: finishOf(choice.finish_reason, !!toolCalls),
  };
  const usage = usageOf(body.usage);
  if (usage) out.usage = usage;
  return out;
}

export async function* chunksOfResponse(r: ChatResponse): AsyncGenerator<StreamChunk> {
  yield { type: 'meta', model: r.model, upstream_id: r.upstream_id };
  yield {
    type: 'delta',
    ...(r.message.content ? { content: r.message.content } : {}),
    ...(r.message.reasoning ? { reasoning: r.message.reasoning } : {}),
    ...(r.message.tool_calls
      ? { tool_calls: r.message.tool_calls.map((c, index) => ({ index, id: c.id, name: c.function.name, arguments: c.function.arguments })) }
      : {}),
  };
  yield { type: 'finish', finish_reason: r.finish_reason };
  if (r.usage) yield { type: 'usage', usage: r.usage };
}
