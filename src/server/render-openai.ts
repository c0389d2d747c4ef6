import type { ChatResponse, StreamChunk, Usage } from '../core/types.js';

// ChatResponse / StreamChunk -> OpenAI Chat Completions wire format.

interface RenderMeta {
  id: string;
  created: number;
  model: string;
  extension?: Record<string, unknown>;
}

export function renderCompletion(r: ChatResponse, meta: RenderMeta): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: r.message.content, refusal: null };
  if (r.message.tool_calls?.length) message.tool_calls = r.message.tool_calls;
  if (r.message.reasoning) message.reasoning = r.message.reasoning;
  const body: Record<string, unknown> = {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: [{ index: 0, message, finish_reason: r.finish_reason, logprobs: null }],
    usage: r.usage ? openAiUsage(r.usage) : null,
    system_fingerprint: null,
  };
  if (meta.extension) body.switchyard = meta.extension;
  return body;
}

/** Serializes one normalized chunk as an SSE `data:` event, or '' when the chunk has no wire form. */
export function renderChunk(chunk: StreamChunk, meta: RenderMeta, state: { roleSent: boolean }, includeUsage: boolean): string {
  let choice: Record<string, unknown> | undefined;
  switch (chunk.type) {
    case 'delta': {
      const delta: Record<string, unknown> = {};
      if (!state.roleSent) {
        delta.role = 'assistant';
        state.roleSent = true;
      }
      if (chunk.content !== undefined) delta.content = chunk.content;
      if (chunk.reasoning !== undefined) delta.reasoning = chunk.reasoning;
      if (chunk.tool_calls) {
        delta.tool_calls = chunk.tool_calls.map((d) => {
          const out: Record<string, unknown> = { index: d.index };
          if (d.id) {
            out.id = d.id;
            out.type = 'function';
          }
          const fn: Record<string, string> = {};
          if (d.name !== undefined) fn.name = d.name;
          if (d.arguments !== undefined) fn.arguments = d.arguments;
          out.function = fn;
          return out;
        });
      }
      choice = { index: 0, delta, finish_reason: null, logprobs: null };
      break;
    }
    case 'finish':
      choice = { index: 0, delta: {}, finish_reason: chunk.finish_reason, logprobs: null };
      break;
    case 'usage':
      if (!includeUsage) return '';
      return sse({ id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model, choices: [], usage: openAiUsage(chunk.usage) });
    case 'meta':
    case 'raw':
      return '';
  }
  return sse({ id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model, choices: [choice] });
}

/** OpenAI's usage shape: cached prompt tokens and reasoning tokens in their *_details objects. */
function openAiUsage(u: Usage): Record<string, unknown> {
  const out: Record<string, unknown> = { prompt_tokens: u.prompt_tokens, completion_tokens: u.completion_tokens, total_tokens: u.total_tokens };
  if (u.cached_input_tokens !== undefined) out.prompt_tokens_details = { cached_tokens: u.cached_input_tokens };
  if (u.reasoning_tokens !== undefined) out.completion_tokens_details = { reasoning_tokens: u.reasoning_tokens };
  return out;
}

export function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

export const SSE_DONE = 'data: [DONE]\n\n';
