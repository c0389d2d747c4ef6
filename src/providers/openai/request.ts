import type { ChatMessage, ChatRequest, ContentPart } from '../../core/types.js';
import type { ProviderTarget } from '../types.js';

// ChatRequest -> Chat Completions body (the translated path; OpenAI chat clients are forwarded
// as they are). The normalized types follow this format, so this mostly copies fields and
// smooths over what some servers do not take.

interface BodyOptions {
  official: boolean;
  developerRole: boolean;
}

const COPIED = [
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'temperature',
  'top_p',
  'stop',
  'response_format',
  'seed',
  'presence_penalty',
  'frequency_penalty',
  'user',
] as const;

export function buildBody(target: ProviderTarget, request: ChatRequest, ep: BodyOptions, stream: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = { model: target.model, messages: wireMessages(request.messages, ep) };
  for (const k of COPIED) if (request[k] !== undefined) body[k] = request[k];
  if (request.max_tokens !== undefined) {
    // o-series and gpt-5 reject max_tokens on OpenAI's own API; other servers only know max_tokens.
    if (ep.official && /^(o\d|gpt-5)/.test(target.model)) body.max_completion_tokens = request.max_tokens;
    else body.max_tokens = request.max_tokens;
  }
  // top_k is not OpenAI's, but vLLM, llama.cpp and Ollama's compatible servers take it.
  if (request.top_k !== undefined && !ep.official) body.top_k = request.top_k;
  if (request.reasoning) body.reasoning_effort = request.reasoning.effort ?? effortOf(request.reasoning.budget_tokens);
  if (request.extra) Object.assign(body, request.extra);
  if (target.params) Object.assign(body, target.params);
  body.model = target.model;
  if (stream) {
    body.stream = true;
    // Without include_usage a stream reports no token counts at all.
    body.stream_options = { ...request.stream_options, include_usage: true };
  } else {
    delete body.stream;
    delete body.stream_options;
  }
  return body;
}

function effortOf(budget: number | undefined): 'low' | 'medium' | 'high' {
  if (budget === undefined) return 'medium';
  return budget <= 2048 ? 'low' : budget <= 12288 ? 'medium' : 'high';
}

/** What a ChatRequest holds that Chat Completions cannot take (recorded, never silently lost). */
export function openAiTranslationLoss(request: ChatRequest, official: boolean): string[] {
  const lost: string[] = [];
  if (official && request.top_k !== undefined) lost.push('top_k');
  if (request.messages.some((m) => m.role === 'assistant' && m.reasoning)) lost.push('assistant reasoning');
  for (const m of request.messages) {
    if (Array.isArray(m.content) && m.content.some((p) => p.type === 'file' && !p.file.file_data && !p.file.file_id)) lost.push('documents by URL');
  }
  return [...new Set(lost)];
}

/**
 * Messages as the wire takes them: `developer` becomes `system` where unsupported; reasoning
 * history is not a Chat Completions field; images and documents a tool returned move into a user
 * message right after the tool results (tool messages carry text only).
 */
function wireMessages(messages: ChatMessage[], ep: BodyOptions): ChatMessage[] {
  const needs = messages.some((m) => (m.role === 'developer' && !ep.developerRole) || m.reasoning !== undefined || (Array.isArray(m.content) && m.content.some((p) => p.type !== 'text' && (m.role === 'tool' || (p.type === 'file' && !!p.file.url)))));
  if (!needs) return messages;
  const out: ChatMessage[] = [];
  let pending: ContentPart[] = [];
  const flush = () => {
    if (pending.length) out.push({ role: 'user', content: [{ type: 'text', text: 'The tool results above included these attachments:' }, ...pending] });
    pending = [];
  };
  for (const original of messages) {
    const { reasoning: _r, ...m } = original;
    if (m.role !== 'tool') flush();
    if (m.role === 'developer' && !ep.developerRole) m.role = 'system';
    if (Array.isArray(m.content)) {
      const content = m.content.filter((p) => !(p.type === 'file' && p.file.url && !p.file.file_data && !p.file.file_id));
      if (m.role === 'tool') {
        pending.push(...content.filter((p) => p.type !== 'text'));
        m.content = content.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text).join('');
      } else m.content = content;
    }
    out.push(m);
  }
  flush();
  return out;
}
