import { newToolCallId } from '../../core/ids.js';
import type { ChatResponse, FinishReason, ToolCall, Usage } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';
import { empty, inBandError, malformed } from '../http.js';
import type { Block } from './request.js';

// Anthropic Messages responses -> ChatResponse, and the usage and stop-reason vocabulary the
// stream mapper shares.

export function finishOf(stop: unknown): FinishReason {
  switch (stop) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop'; // end_turn, stop_sequence, pause_turn
  }
}

/** Anthropic counts cache reads and writes beside input_tokens; the normalized prompt count holds all three. */
export function usageOf(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const u = raw as Record<string, number | undefined>;
  const read = u.cache_read_input_tokens ?? 0;
  const created = u.cache_creation_input_tokens ?? 0;
  const prompt = (u.input_tokens ?? 0) + created + read;
  const completion = u.output_tokens ?? 0;
  const usage: Usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
  if (typeof u.cache_read_input_tokens === 'number') usage.cached_input_tokens = read;
  if (typeof u.cache_creation_input_tokens === 'number') usage.cache_creation_input_tokens = created;
  return usage;
}

export function parseAnthropicResponse(body: Record<string, unknown>, target: ProviderTarget, status?: number): ChatResponse {
  if (body.type === 'error') throw inBandError(body.error as Record<string, unknown>, target);
  if (!Array.isArray(body.content)) throw malformed(target, 'no `content` array', status);
  let text = '';
  let reasoning = '';
  const calls: ToolCall[] = [];
  let other = false;
  for (const raw of body.content as Block[]) {
    if (raw?.type === 'text' && typeof raw.text === 'string') text += raw.text;
    else if (raw?.type === 'thinking' && typeof raw.thinking === 'string') reasoning += raw.thinking;
    else if (raw?.type === 'tool_use') {
      if (typeof raw.name !== 'string') throw malformed(target, 'a tool_use block has no name', status);
      calls.push({
        id: typeof raw.id === 'string' ? raw.id : newToolCallId(),
        type: 'function',
        function: { name: raw.name, arguments: JSON.stringify(raw.input ?? {}) },
      });
    } else other = true; // server tool use and results, redacted thinking...
  }
  // A turn of only server tool blocks (pause_turn) is an answer the client knows how to continue.
  if (!text && !calls.length && !(other && body.stop_reason === 'pause_turn')) throw empty(target, status);
  const out: ChatResponse = {
    upstream_id: typeof body.id === 'string' ? body.id : undefined,
    model: typeof body.model === 'string' ? body.model : target.model,
    message: { role: 'assistant', content: text || null, ...(calls.length ? { tool_calls: calls } : {}), ...(reasoning ? { reasoning } : {}) },
    finish_reason: finishOf(body.stop_reason),
  };
  const usage = usageOf(body.usage);
  if (usage) out.usage = usage;
  return out;
}
